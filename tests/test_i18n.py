"""`--lang zh` translates the generated reasons (issue 11 §4): the fixed fragments of the words come from the message
catalogue (subsidycalc.i18n) in Chinese; a measure's own English wording stays (and is counted); English output is
unchanged."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import subsidycalc as sc
from subsidycalc import i18n
from subsidycalc.cli import main
from subsidycalc.display import calendar_table, reason, table
from subsidycalc.questions import render

ROOT = Path(__file__).resolve().parents[1]
FIRMS = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted((ROOT / "examples/firms").glob("*.json"))}
DATES = ("2020-02-01", "2020-03-01", "2020-06-01", "2020-12-01")


def _measure_texts() -> list[str]:
    """English texts that come from the measures and rules themselves (their wording, titles, summaries, the
    stacking rules' explanations, the schema's descriptions, how-to-apply words): they stay English under zh."""
    cat = sc.catalog()
    out = [x for words in i18n.untranslated().values() for x in words]
    for m in cat:
        out += [m.title_en, m.summary or "", m.apply_note or ""]
        how = cat.how_to_apply(m.id)
        out.append(json.dumps(how.to_dict(), ensure_ascii=False) if how is not None else "")
    out += [r.explanation for r in cat.rules]
    out.append(json.dumps(sc.Firm.model_json_schema(), ensure_ascii=False))
    return out


def catalogue_phrases() -> list[str]:
    """The catalogue's English phrases (two words or more, outside the fields) that no measure's own wording
    contains: text only the catalogue writes."""
    texts = "\n".join(_measure_texts())
    phrases: set[str] = set()
    for en in [m["en"] for m in i18n.MESSAGES.values()] + [en for en, _ in i18n.SENTENCES.values()]:
        for seg in re.split(r"\{\w*\}", en):
            seg = seg.strip(" :;,()—.'")
            if " " in seg and re.search("[a-z]{3}", seg) and seg not in texts:
                phrases.add(seg)
    return sorted(phrases)


PHRASES = catalogue_phrases()


def outputs(firm: dict, lang: str) -> dict[str, str]:
    r = sc.estimate(firm)
    out = {"table": table(r, lang, show_all=True, cols=120), "questions": render(r.questions(), lang=lang)}
    out.update({f"explain {a.measure_id}": a.explain(lang) for a in r})
    out.update({f"calendar {d}": calendar_table(r.calendar(d), d, lang, cols=120) for d in DATES})
    return out


def test_the_catalogue_is_complete() -> None:
    for key, forms in i18n.MESSAGES.items():
        assert set(forms) == set(i18n.LANGS), key
        fields = [set(re.findall(r"\{(\w*)\}", forms[lang])) for lang in i18n.LANGS]
        assert fields[0] == fields[1], key  # the same fields in both
        assert not re.search(r"[A-Za-z]{4,}", re.sub(r"\{\w*\}|工信部联企业|SME", "", forms["zh"])), key
    for key, (en, zh) in i18n.SENTENCES.items():
        assert set(re.findall(r"\{(\w+)\}", en)) == set(re.findall(r"\{(\w+)\}", zh)), key
    assert len(PHRASES) >= 15  # enough text only the catalogue writes for the test below to mean something


@pytest.mark.parametrize("name", sorted(FIRMS))
def test_chinese_output_has_no_english_fragment_of_the_catalogue(name: str) -> None:
    """Every example firm: the table (--all), each award's explanation, the questions and the calendar on four dates
    in Chinese contain none of the catalogue's English phrases; in English they contain some (the test can fail)."""
    zh, en = outputs(FIRMS[name], "zh"), outputs(FIRMS[name], "en")
    for what, text in zh.items():
        found = [p for p in PHRASES if p in text]
        assert not found, f"{name} {what}: {found}"
    assert any(p in text for text in en.values() for p in PHRASES)


def test_english_output_is_unchanged_by_rendering_chinese_first() -> None:
    firm = FIRMS["chaoyang_cultural_park_operator"]
    fresh = sc.estimate(firm)
    en = {a.measure_id: (list(a.reasons), list(a.steps), dict(a.effects), a.explain()) for a in fresh}
    r = sc.estimate(firm)
    for a in r:
        a.explain("zh")  # the Chinese words first
    assert {a.measure_id: (list(a.reasons), list(a.steps), dict(a.effects), a.explain()) for a in r} == en
    assert all(a.words("en") == (a.reasons, a.steps, a.effects) for a in r)
    assert table(r, "en", show_all=True, cols=120) == table(fresh, "en", show_all=True, cols=120)


def test_the_english_forms_are_the_words_they_replace() -> None:
    """The catalogue's English is exactly what the code wrote before it (the English output did not change)."""
    assert i18n.Msg("registered_in", here="朝阳区") == "registered in 朝阳区"
    assert i18n.Msg("tax_elsewhere", here="朝阳区").format("haidian") == \
        "a 朝阳区 measure for firms paying tax in 朝阳区; the firm pays tax in haidian"
    assert i18n.t("not_known", "en", what="X") == "X — not known"
    assert i18n.t("n_qualify", "en", n=2, m=3, noun="loans", label="loan", which="0, 2") == \
        "2 of 3 loans qualify (loan 0, 2)"
    assert i18n.Msg("size_classified", classified="small", zh="小型", industry="catering") == \
        "size small (小型) classified from catering, employees, revenue/assets by 工信部联企业〔2011〕300号"
    assert i18n.translate("needs a, b", "en") == "needs a, b"


def test_stacking_and_quick_reasons_translated_with_the_quote_kept() -> None:
    r = sc.estimate(FIRMS["chaoyang_cultural_park_operator"])
    a = r["beijing.soe_rent_reduction_feb"]
    en, zh = a.stacking[-1], reason(a, "zh")
    assert en.startswith("leases.0: not added: chaoyang.district_soe_rent_relief.production_use pays it instead")
    assert zh.startswith("leases.0：不计入，改由 chaoyang.district_soe_rent_relief.production_use 支付")
    quote = en[en.index("“"):en.rindex("”") + 1]
    assert quote in zh and "（规则 chaoyang_soe_rent_once_production；" in zh  # the seed's own words, kept
    other = next(x for x in r if x.status == "ineligible" and x.reason.startswith("✗ a ") and "measure; the firm is" in x.reason)
    assert "的措施；该企业注册在朝阳区" in reason(other, "zh")
    und = next(x for x in r if x.status == "undetermined")
    assert reason(und, "zh") == "缺少：" + ", ".join(und.missing)
    assert reason(und, "en") == und.reason


def test_traced_fragments_in_chinese() -> None:
    r = sc.estimate(FIRMS["xicheng_restaurant"])
    a = r["beijing.hardship_unemployment_insurance_refund"]
    en, zh = a.words("en")[0], a.words("zh")[0]
    assert len(en) == len(zh)
    assert any(x.endswith(" — not known") for x in en)
    assert not any(x.endswith(" — not known") for x in zh) and any(x.endswith(" — 未知") for x in zh)
    # the measure's own wording: its Chinese form where the measure gives one (i18n.zh, written by hand)
    assert all(re.search("[\u4e00-\u9fff]", x) for x in zh) and not set(zh) & set(en)


def test_territory_clause_in_chinese() -> None:
    firm = dict(FIRMS["chaoyang_cultural_park_operator"])
    r = sc.estimate(firm)
    words = [w for a in r for w in a.words("zh")[0]]
    en = [w for a in r for w in a.reasons]
    assert any("注册在朝阳区" in w for w in words) or not any("registered in 朝阳区" in w for w in en)


def test_cli_lang_zh(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(ROOT / "examples/firms/chaoyang_cultural_park_operator.json")
    assert main(["estimate", path, "--lang", "zh"]) == 0
    out = capsys.readouterr().out
    assert "缺少：" in out and "needs " not in out and "由本措施支付" in out
    assert main(["calendar", path, "--lang", "zh", "--as-of", "2020-03-01"]) == 0
    out = capsys.readouterr().out
    assert "open until" not in out and "(eligible)" not in out and "(可享受)" in out
    assert main(["explain", path, "beijing.soe_rent_reduction_feb", "--lang", "zh"]) == 0
    out = capsys.readouterr().out
    assert "结果: 可享受" in out and "叠加规则:" in out and "not added" not in out
    assert main(["estimate", path]) == 0
    assert "needs " in capsys.readouterr().out  # English unchanged


def test_untranslated_measure_wording_is_counted() -> None:
    # every measure's own words have their Chinese form (zh()); the docs say so
    left = i18n.untranslated()
    assert left == {}, left
    doc = (ROOT / "docs/i18n.md").read_text(encoding="utf-8")
    assert "every measure's own words have a Chinese form" in doc


def test_language_refuses_unknown() -> None:
    with pytest.raises(ValueError):
        with i18n.language("fr"):
            pass


def test_a_pair_is_its_english_everywhere_and_its_chinese_in_zh() -> None:
    import pickle

    from subsidycalc.i18n import local, zh

    m = zh("{} lease(s) from a district SOE", "{} 份区属国有企业租约")
    assert m == "{} lease(s) from a district SOE" and isinstance(m, str)
    assert local(m, "en").format(2) == "2 lease(s) from a district SOE"
    assert local(m, "zh").format(2) == "2 份区属国有企业租约"
    assert pickle.loads(pickle.dumps(m)).text("zh") == "{} 份区属国有企业租约"
    with pytest.raises(ValueError, match="placeholder"):
        zh("{} lease(s)", "租约")


def test_item_words_are_chinese_in_zh() -> None:
    # the engine's default item words ("lease 0:", "2 of 3 loans qualify") have their Chinese forms (租约, 贷款)
    import json
    from pathlib import Path

    firm = json.loads((Path(__file__).resolve().parents[1] / "examples/firms/xicheng_restaurant.json").read_text())
    report = sc.estimate(firm)
    seen = 0
    for a in report.awards:
        en, zh_ = a.explain(), a.explain(lang="zh")
        if "lease 0:" in en:
            seen += 1
            assert "lease 0:" not in zh_ and "租约 0" in zh_, a.measure_id
    assert seen
