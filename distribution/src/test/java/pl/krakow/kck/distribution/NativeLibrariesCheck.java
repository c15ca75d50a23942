package pl.krakow.kck.distribution;

import java.nio.file.Path;

import dev.langchain4j.model.embedding.onnx.OnnxEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

/**
 * Run by {@link NativeLibrariesTest} with the artefact's runtime and lib/: embeds one sentence with an ONNX
 * model as the service does for {@code kck.embeddings.provider: onnx}, which loads onnxruntime's and DJL
 * tokenizers' native libraries from the trimmed jars. Prints the vector's dimension.
 */
public final class NativeLibrariesCheck {

    private NativeLibrariesCheck() {
    }

    public static void main(String[] args) {
        var model = new OnnxEmbeddingModel(Path.of(args[0]), Path.of(args[1]), PoolingMode.MEAN);
        System.out.println("dimension " + model.embed("Gdzie wyrobić dowód osobisty?").content().dimension());
    }
}
