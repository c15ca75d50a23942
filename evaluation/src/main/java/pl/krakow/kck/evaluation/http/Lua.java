package pl.krakow.kck.evaluation.http;

import java.util.List;

/** The wrk script: every request posts the next question to the next of the prepared conversations. */
final class Lua {

    private Lua() {
    }

    static String json(String text) {
        StringBuilder out = new StringBuilder("{\"text\":\"");
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (ch < 0x20) {
                        out.append(String.format("\\u%04x", (int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        return out.append("\"}").toString();
    }

    static String script(List<String> conversations, List<String> questions) {
        StringBuilder lua = new StringBuilder("local ids = {\n");
        for (String id : conversations) {
            lua.append("  \"").append(id.replaceAll("[^0-9a-zA-Z-]", "")).append("\",\n");
        }
        lua.append("}\nlocal bodies = {\n");
        for (String question : questions) {
            lua.append("  [==[").append(json(question).replace("]==]", "")).append("]==],\n");
        }
        lua.append("""
                }
                local n = 0
                local offset = 0
                function setup(thread)
                  offset = offset + 7919
                  thread:set("start", offset)
                end
                function init(args)
                  n = start or 0
                end
                wrk.method = "POST"
                wrk.headers["Content-Type"] = "application/json"
                function request()
                  n = n + 1
                  local id = ids[(n % #ids) + 1]
                  local body = bodies[(n % #bodies) + 1]
                  return wrk.format(nil, "/api/v1/conversations/" .. id .. "/messages", nil, body)
                end
                """);
        return lua.toString();
    }
}
