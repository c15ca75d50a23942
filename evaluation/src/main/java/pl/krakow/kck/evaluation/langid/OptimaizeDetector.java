package pl.krakow.kck.evaluation.langid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;

import pl.krakow.kck.bot.language.LanguageDetector;
import pl.krakow.kck.bot.language.LinguaDetector;

/**
 * Optimaize language-detector 0.6 with the same languages as the service's Lingua and its factory for
 * short clean text: the library the service's choice is measured against (not used by the service).
 */
public final class OptimaizeDetector implements LanguageDetector {

    private final com.optimaize.langdetect.LanguageDetector detector;
    private final TextObjectFactory texts = CommonTextObjectFactories.forDetectingShortCleanText();

    public OptimaizeDetector() {
        List<LanguageProfile> profiles = new ArrayList<>();
        LanguageProfileReader reader = new LanguageProfileReader();
        try {
            for (String code : LinguaDetector.LANGUAGES) {
                profiles.add(reader.readBuiltIn(LdLocale.fromString(code)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Optimaize profiles", e);
        }
        this.detector = LanguageDetectorBuilder.create(NgramExtractors.standard()).withProfiles(profiles).build();
    }

    @Override
    public Map<String, Double> confidences(String text) {
        Map<String, Double> confidences = new LinkedHashMap<>();
        for (DetectedLanguage language : detector.getProbabilities(texts.forText(text))) {
            confidences.merge(language.getLocale().getLanguage(), language.getProbability(), Math::max);
        }
        return confidences;
    }

    @Override
    public String name() {
        return "Optimaize language-detector 0.6 (" + String.join(", ", LinguaDetector.LANGUAGES) + "; short clean text)";
    }
}
