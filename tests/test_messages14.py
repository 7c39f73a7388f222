"""The words of the day's new findings, read as the reader of the answer reads them (a review of
``column-not-checked`` rows, ``unreadable-table`` side by side and repeated periods, and the totals
of tables of categories under each period), in English and in Dutch."""

from __future__ import annotations

from okot_audit import audit, read_text

HEAD = (
    "ANTWOORD\nop vraag nr. 412 van 3 maart 2023\nvan Katrien Schryvers\n\n"
    "1. Het aantal unieke cursisten dat een OKOT startte.\n\n"
)
GENDER_HEAD = (
    "ANTWOORD\nop vraag nr. 518 van 20 november 2024\n\n"
    "1. Het aantal unieke cursisten dat in de zorgsector een OKOT startte, per opleiding en naar geslacht.\n\n"
    "Opleiding 2022 2023\nMan Vrouw Totaal Man Vrouw Totaal\n"
    "900611: Professionele bachelor verpleegkunde - 1ste jaar 14 63 77 18 70 88\n"
    "900124: Tweedekansonderwijs zorgkundige - tweede jaar 9 41 50 11 39 52\n"
    "900711: Hoger beroepsonderwijs verpleegkunde - 1ste jaar 6 27 33 7 30 37\n"
)


def _messages(text: str, rule: str, lang: str = "en") -> list[str]:
    return [f.message for f in audit(read_text(text, "a.txt"), lang=lang).findings if f.rule == rule]


# --- rows not checked: one line is "line 11", not "lines 11–11" ------------------------------


def test_one_row_not_checked_names_its_line_not_a_range_of_one():
    text = HEAD + "Geslacht 2021 2022\nMan 1.120 1.180\nVrouw 1.870 1.850\nTotaal 2.990 3.030\nAandeel vrouwen (%) 62,5 61,1\n"
    [en] = _messages(text, "column-not-checked")
    [nl] = _messages(text, "column-not-checked", "nl")
    assert "a row of values that are no counts, line 11: 'Aandeel vrouwen (%)' (2021: 62,5, 2022: 61,1) — shares, " \
        "averages or medians" in en
    assert "lines 11–11" not in en
    assert "een rij af met waarden die geen aantallen zijn, regel 11: 'Aandeel vrouwen (%)' (2021: 62,5, 2022: 61,1) " \
        "— aandelen, gemiddelden of medianen" in nl
    assert "regels 11–11" not in nl


def test_several_rows_not_checked_name_their_lines():
    text = (HEAD + "Provincie 2018 2019\nAntwerpen 1.120 1.190\nLimburg 610 640\nOost-Vlaanderen 1.002 1.100\n"
            "Totaal 2.700 2.880\nwaarvan 25-54 jaar 2.310 2.460\nwaarvan vrouwen 1.750 1.862\n")
    [en] = _messages(text, "column-not-checked")
    [nl] = _messages(text, "column-not-checked", "nl")
    assert "lines 12–13: 'waarvan 25-54 jaar' (2018: 2.310, 2019: 2.460); 'waarvan vrouwen' (2018: 1.750, " \
        "2019: 1.862) — a subset of that line ('waarvan …')" in en
    assert "regels 12–13: 'waarvan 25-54 jaar' (2018: 2.310, 2019: 2.460); 'waarvan vrouwen' (2018: 1.750, " \
        "2019: 1.862) — een deelverzameling van die regel ('waarvan …')" in nl
    assert "subset-rows" not in en + nl


# --- tables of categories under each period: which column, which period ----------------------


def test_the_totals_of_each_category_table_name_their_column():
    """Three tables of one header (``Man``, ``Vrouw``, ``Totaal`` under each period) share the
    total line: "Totaal 2022 counts 28 …", "Totaal 2022 counts 129 …" and "Totaal 2022 counts
    157 …" at one line did not say which column each was."""
    text = GENDER_HEAD + "Totaal 28 130 159 36 139 175\n"
    en = _messages(text, "parts-exceed-total") + _messages(text, "total-exceeds-parts")
    nl = _messages(text, "parts-exceed-total", "nl") + _messages(text, "total-exceeds-parts", "nl")
    assert any(m.startswith("Totaal 2022 in the Man column counts 28 unique persons") for m in en), en
    assert any(m.startswith("Totaal 2022 in the Vrouw column counts 130 unique persons") for m in en), en
    assert any(m.startswith("Totaal 2022 in the Totaal column counts 159 unique persons") for m in en), en
    assert any(m.startswith("Totaal 2022 in de kolom Man telt 28 unieke personen") for m in nl), nl
    assert not any(m.startswith("Totaal 2022 counts") for m in en)


def test_the_totaal_column_of_a_row_sets_its_period_apart_from_the_label():
    """``the Totaal column of … - tweede jaar 2023 is 50`` read as if ``jaar 2023`` were one
    label; the period is ``in 2023``. The total line's own Totaal column is "the Totaal line"."""
    text = GENDER_HEAD + "Totaal 28 130 159 36 139 175\n"
    en = [m for m in _messages(text, "parts-exceed-total") + _messages(text, "total-exceeds-parts")
          if "categories" in m]
    nl = [m for m in _messages(text, "parts-exceed-total", "nl") + _messages(text, "total-exceeds-parts", "nl")
          if "categorieën" in m]
    assert any(m.startswith("the Totaal column of Tweedekansonderwijs zorgkundige - tweede jaar in 2023 is 52 "
                            "but its categories sum to only 50") for m in en), en
    assert any(m.startswith("the Totaal column of the Totaal line in 2022 is 159 but its categories sum to only 158")
               for m in en), en
    assert any(m.startswith("de kolom Totaal van Tweedekansonderwijs zorgkundige - tweede jaar in 2023 is 52, maar "
                            "de categorieën tellen samen maar 50 op") for m in nl), nl
    assert any(m.startswith("de kolom Totaal van de regel Totaal in 2022 is 159, maar de categorieën tellen samen "
                            "maar 158 op") for m in nl), nl
    assert not any("jaar 2023 is" in m or "Totaal Totaal" in m or "of Totaal 2022" in m for m in en)


# --- unreadable tables: what okot-audit cannot tell ------------------------------------------


def test_two_tables_side_by_side_say_which_figures_are_whose_cannot_be_told():
    text = HEAD + ("Provincie 2021 2022 Provincie 2021 2022\nAntwerpen 577 600 Antwerpen 120 131\n"
                   "Limburg 529 510 Limburg 98 102\nTotaal 1.100 1.105 Totaal 218 233\n")
    [en] = _messages(text, "unreadable-table")
    [nl] = _messages(text, "unreadable-table", "nl")
    assert "is two headers side by side, the first 'Provincie 2021 2022'), so okot-audit cannot tell which figures " \
        "belong to which table" in en
    assert "in a row" not in en
    assert "is twee hoofdingen naast elkaar, de eerste 'Provincie 2021 2022'), dus kan okot-audit niet zeggen " \
        "welke cijfers bij welke tabel horen" in nl
    assert "na elkaar" not in nl


def test_periods_printed_twice_say_what_cannot_be_told():
    text = ("ANTWOORD\nop vraag nr. 77 van 9 januari 2025\n\n"
            "1. Het aantal cursisten in een OKOT in het onderwijs.\n\n"
            "Opleiding 2022 2023 2022 2023\n"
            "908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 41 47 35 39\n"
            "908002: Educatieve bachelor voor kleuteronderwijs - 2de jaar 88 93 61 70\n"
            "Totaal 129 140 96 109\n")
    [en] = _messages(text, "unreadable-table")
    [nl] = _messages(text, "unreadable-table", "nl")
    assert "prints the same periods more than once (2022 2023 2022 2023)" in en
    assert "so okot-audit cannot tell what each column counts; its figures (41, 47, 35, 39" in en
    assert "dus kan okot-audit niet zeggen wat elke kolom telt; de cijfers (41, 47, 35, 39" in nl
    assert "aan zijn kolom te geven" not in nl
