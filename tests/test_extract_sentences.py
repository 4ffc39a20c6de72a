"""Sentence splitting: abbreviations, decimals, initials, line breaks, headings."""

from alliancekg.graph.extract.sentences import is_heading, split_sentences


def sents(text):
    return [text[s:e] for s, e in split_sentences(text)]


def test_abbreviations_and_decimals():
    text = "Acme Inc. said it raised $16.3 million. The U.S. firm, approx. 30 people, grew. Mr. J. Smith left! It was Feb. 3 then."
    assert sents(text) == [
        "Acme Inc. said it raised $16.3 million.",
        "The U.S. firm, approx. 30 people, grew.",
        "Mr. J. Smith left!",
        "It was Feb. 3 then.",
    ]


def test_line_breaks_split_and_offsets_hold():
    text = "Title Line\n\nFirst sentence here. Second one.\nThird"
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == ["Title Line", "First sentence here.", "Second one.", "Third"]


def test_possessive_before_period_ends_a_sentence():
    assert sents("It wants capacity rather than a competitor's. The investment helps.") == [
        "It wants capacity rather than a competitor's.",
        "The investment helps.",
    ]


def test_quotes_after_period():
    assert sents('It called the bot "Lumen." Then it shipped.') == ['It called the bot "Lumen."', "Then it shipped."]


def test_start_and_end_bounds():
    text = "Header\nBody one. Body two."
    spans = split_sentences(text, text.index("Body"))
    assert [text[s:e] for s, e in spans] == ["Body one.", "Body two."]


def test_is_heading():
    assert is_heading("After Acme, Tenkai Sets Sights on Quillon with Strategic Partnership")
    assert is_heading("Source: Own work")
    assert not is_heading("Tenkai has partnered with Quillon Robotics.")


def test_a_rounds_letter_ends_a_sentence_an_initial_does_not():
    text = "Velmont raised $12 million in a Series A. The round was led by J. Smith's fund. It sold Class B. Shares rose."
    assert sents(text) == [
        "Velmont raised $12 million in a Series A.",
        "The round was led by J. Smith's fund.",
        "It sold Class B.",
        "Shares rose.",
    ]


def test_the_word_before_a_dot_is_read_as_the_plain_pattern_reads_it(written_texts):
    """_is_abbreviation reads the word before a dot backwards (one match, not a search over 40 characters);
    it must decide as the plain ``([\\w.]+)$`` search did, trailing newline and possessive included."""
    import re

    from alliancekg.graph.extract import sentences as S

    plain = re.compile(r"([\w.]+)$")

    def reference(text: str, dot: int) -> bool:
        if text[dot] != ".":
            return False
        lo = max(0, dot - 40)
        m = plain.search(text[lo:dot])
        if not m:
            return False
        if m.start() + lo > 0 and text[m.start() + lo - 1] in "'’":
            return False
        word = m.group(1).lower()
        if word in S.ABBREVIATIONS:
            return True
        if dot - (m.start() + lo) <= 4 and S.CAPS_PLACE_STATE.fullmatch(text, text.rfind("\n", 0, dot) + 1, dot):
            return True  # a caps dateline's state: "KANSAS CITY, Mo."
        if len(word) == 1 and word.isalpha():
            return not S._ROUND_LETTER.search(text, lo, dot)
        return "." in word and all(len(p) <= 2 for p in word.split(".") if p) and not word.replace(".", "").isdigit()

    texts = ["Mr.\n. Smith", "in the U.S. Nordvik", "a competitor's. Then", "Series A. The round", "J. Smith", "x" * 60 + ". Y",
             "Inc.. Co. Ltd.\n.", ". .. ..."]
    texts += written_texts
    checked = 0
    for t in texts:
        for i, ch in enumerate(t):
            if ch == ".":
                assert S._is_abbreviation(t, i) == reference(t, i), (t[max(0, i - 40):i + 5])
                checked += 1
    assert checked > 1000


def test_a_name_that_opens_with_small_letters_opens_a_sentence():
    text = "The round was led by Orvane Ventures. bMarrow put in more money. iKestrel did too. it was not a new sentence."
    got = [text[s:e] for s, e in split_sentences(text)]
    assert got == ["The round was led by Orvane Ventures.", "bMarrow put in more money.", "iKestrel did too. it was not a new sentence."]
