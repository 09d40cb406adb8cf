package io.gloss.detect;

import static io.gloss.detect.Detections.detect;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Passages that name no registry organisation: the detector must report nothing, not even for review. */
class NothingToReportTest {

    static Stream<Arguments> passages() {
        return Stream.of(
                passage("the river Isis in Oxford", "en",
                        "Rowing crews were out early on the Isis, as the Thames is called where it flows "
                                + "through Oxford, and a heron stood on the bank of the Isis river by Folly Bridge."),
                passage("the goddess Isis", "en",
                        "Pilgrims once left offerings to Isis, the goddess of healing, at the temple on Philae."),
                passage("a physics report on the ISIS neutron source", "en",
                        "Researchers at the ISIS Neutron and Muon Source in Oxfordshire used pulsed neutrons to "
                                + "watch lithium move through a battery cathode. The ISIS neutron source has run "
                                + "since 1984."),
                passage("football results with Al-Shabab FC", "en",
                        "Al-Shabab FC beat Al-Hilal 2-1 in Riyadh on Friday. Al-Shabab Football Club's coach "
                                + "praised a defence that has conceded only twice this season."),
                passage("\"is\" in ordinary English", "en",
                        "The question is whether the council is able to pay for it. It is, the mayor insists, "
                                + "and the budget is balanced."),
                passage("Hama, the Syrian city", "en",
                        "Farmers around Hama said the wheat harvest was the worst in a decade."),
                passage("militants of no registry group", "en",
                        "Militants attacked a police post in the hills overnight; the group behind the attack "
                                + "has not been identified, the ministry said."),
                passage("a council budget", "en",
                        "The city council approved a new transport budget on Monday, with more money for night "
                                + "buses and cycle lanes."),
                passage("вилаят Кавказ, not the Caucasus Emirate", "ru",
                        "Ответственность за нападение на пост ДПС взял на себя так называемый «вилаят Кавказ»."),
                passage("a Russian football report on Al-Shabab FC", "ru",
                        "ФК «Аш-Шабаб» из Эр-Рияда обыграл «Аль-Хиляль» со счётом 2:1 в центральном матче тура."),
                passage("Russian words that start like ИГ", "ru",
                        "Игроки сборной провели игру в Казани, после чего иго травм наконец отступило."),
                passage("the Central Bank's key rate", "ru",
                        "Центробанк сохранил ключевую ставку и пообещал не снижать её до конца года."));
    }

    @ParameterizedTest(name = "{0} names no organisation")
    @MethodSource("passages")
    void namesNoOrganisation(String description, String language, String text) {
        Detection detection = detect(text, language);

        assertThat(detection.mentions()).isEmpty();
        assertThat(detection.review()).isEmpty();
    }

    private static Arguments passage(String description, String language, String text) {
        return Arguments.of(description, language, text);
    }
}
