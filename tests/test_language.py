from __future__ import annotations

from pathlib import Path

import pytest

from compare.language import MIN_FUNCTION_SHARE, function_word_share, looks_english, non_english
from compare.records import Source
from compare.sources import load_sources

from .conftest import ROOT, SOURCES

# The same news paragraph, written for these tests, in six languages the default model does not handle.
NON_ENGLISH = {
    "de": (
        "Die Brücke über den Fluss Varn ist am Dienstagmorgen eingestürzt. Nach Angaben der Behörden wurden "
        "zwölf Menschen verletzt, drei von ihnen schwer. Der Bürgermeister kündigte eine umfassende "
        "Untersuchung an und sagte, die Stadt werde alle Kosten für die Reparatur übernehmen. Augenzeugen "
        "berichteten, dass sie kurz vor dem Einsturz ein lautes Knacken gehört hätten. Die Feuerwehr war "
        "innerhalb von zehn Minuten vor Ort, und die Rettungsarbeiten dauerten bis in den Abend."
    ),
    "fr": (
        "Le pont qui enjambe la rivière Varn s'est effondré mardi matin. Selon les autorités, douze "
        "personnes ont été blessées, dont trois grièvement. Le maire a annoncé une enquête approfondie et a "
        "déclaré que la ville prendrait en charge tous les frais de réparation. Des témoins ont raconté "
        "avoir entendu un grand craquement juste avant l'effondrement. Les pompiers sont arrivés sur place "
        "en moins de dix minutes et les secours ont travaillé jusqu'au soir."
    ),
    "es": (
        "El puente que cruza el río Varn se derrumbó el martes por la mañana. Según las autoridades, doce "
        "personas resultaron heridas, tres de ellas de gravedad. El alcalde anunció una investigación "
        "exhaustiva y dijo que la ciudad asumirá todos los costes de la reparación. Varios testigos "
        "contaron que oyeron un fuerte crujido poco antes del derrumbe. Los bomberos llegaron al lugar en "
        "menos de diez minutos y las tareas de rescate se prolongaron hasta la noche."
    ),
    "ru": (
        "Мост через реку Варн обрушился во вторник утром. По данным властей, пострадали двенадцать "
        "человек, трое из них серьёзно. Мэр объявил о полном расследовании и сказал, что город возьмёт на "
        "себя все расходы на ремонт. Очевидцы рассказали, что незадолго до обрушения услышали громкий "
        "треск. Пожарные прибыли на место менее чем через десять минут, а спасательные работы "
        "продолжались до вечера."
    ),
    "fa": (
        "پل روی رودخانه وارن صبح سه‌شنبه فرو ریخت. به گفته مقامات، دوازده نفر زخمی شدند که حال سه نفر از "
        "آنان وخیم است. شهردار از انجام یک تحقیق کامل خبر داد و گفت شهر همه هزینه‌های تعمیر را بر عهده "
        "خواهد گرفت. شاهدان عینی گفتند که کمی پیش از فروریختن، صدای شکستن بلندی شنیدند. آتش‌نشانان در "
        "کمتر از ده دقیقه به محل رسیدند و عملیات امداد تا شب ادامه داشت."
    ),
    "zh": (
        "横跨瓦恩河的大桥于星期二上午坍塌。据当局称，共有十二人受伤，其中三人伤势严重。市长宣布将进行全面调查，"
        "并表示市政府将承担全部维修费用。目击者说，他们在坍塌前不久听到了一声巨大的断裂声。消防人员在十分钟内"
        "赶到现场，救援工作一直持续到晚上。"
    ),
}


def _english_articles() -> list[Source]:
    eval_files = [p for p in sorted((ROOT / "eval" / "articles").rglob("*")) if p.suffix in (".md", ".txt")]
    return load_sources([SOURCES]) + load_sources(eval_files)


def test_no_false_warning_on_english_articles() -> None:
    articles = _english_articles()
    assert len(articles) >= 20
    shares = {s.id: function_word_share(s.text) for s in articles}
    # Measured: 0.29 to 0.36 on the bundled articles, 0.25 and up on the eval articles.
    assert all(share is not None and share >= 0.2 for share in shares.values()), shares
    assert non_english(articles) == []


@pytest.mark.parametrize("lang", list(NON_ENGLISH))
def test_other_languages_are_flagged(lang: str) -> None:
    text = NON_ENGLISH[lang]
    assert function_word_share(text) is not None
    assert function_word_share(text) < MIN_FUNCTION_SHARE / 5
    assert not looks_english(text)


def test_too_short_to_judge_is_given_the_benefit_of_the_doubt() -> None:
    assert function_word_share("Die Brücke ist eingestürzt.") is None
    assert function_word_share("大桥坍塌。") is None
    assert function_word_share("12 34 56") is None
    assert looks_english("") and looks_english("Die Brücke ist eingestürzt.")


def test_english_with_a_foreign_quote_is_english() -> None:
    english = (
        "The mayor of Varnholt said on Tuesday that the bridge would be rebuilt by the end of the year, "
        "and that the council had set aside money for it. He told reporters that the inquiry would look at "
        "every inspection since it was built. "
    )
    assert looks_english(english + NON_ENGLISH["de"][:120])


def test_non_english_returns_ids_in_input_order() -> None:
    english = next(iter(load_sources([SOURCES])))
    sources = [
        Source("zh", "zh.txt", NON_ENGLISH["zh"]),
        english,
        Source("fr", "fr.txt", NON_ENGLISH["fr"]),
    ]
    assert non_english(sources) == ["zh", "fr"]


def test_only_the_start_of_a_huge_article_is_read(tmp_path: Path) -> None:
    text = NON_ENGLISH["es"] * 2 + " ".join(["the"] * 2_000_000)
    assert function_word_share(text) == function_word_share(text[:50_000])
