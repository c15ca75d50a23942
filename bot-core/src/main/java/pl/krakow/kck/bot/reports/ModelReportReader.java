package pl.krakow.kck.bot.reports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import pl.krakow.kck.bot.llm.ReportExtractor;

/**
 * Reads a free-text report with the chat model when the rules found no category ("od tygodnia coś jest
 * nie tak z lampą pod czwórką"): the model names one of the catalogue's reportable categories and the
 * place, and the result goes through the same checks as the form — a category of the catalogue, a place
 * the form's parser accepts — before the form opens with them. Questions are never read as reports.
 */
public final class ModelReportReader implements Function<String, Optional<ReportRecognizer.Report>> {

    private final ReportExtractor extractor;
    private final CategoryCatalogue catalogue;
    private final LocationParser locations = new LocationParser();

    public ModelReportReader(ReportExtractor extractor, CategoryCatalogue catalogue) {
        this.extractor = extractor;
        this.catalogue = catalogue;
    }

    @Override
    public Optional<ReportRecognizer.Report> apply(String text) {
        if (text == null || text.isBlank() || ReportRecognizer.isQuestion(text)) {
            return Optional.empty();
        }
        Map<String, String> codes = new LinkedHashMap<>();
        catalogue.reportable().forEach(category -> codes.put(category.code(), category.name()));
        return extractor.extract(text, codes)
                .flatMap(draft -> catalogue.find(draft.category())
                        .filter(ServiceCategory::reportable)
                        .map(category -> new ReportRecognizer.Report(category, List.of(),
                                draft.location() == null ? null : locations.find(draft.location()).orElse(null))));
    }
}
