"""The words around a Russian trigger that say what it is: a gathering's name ("заседание Консультативной
встречи"), a reception's guest ("принял в Кремле Токаева"), the sides an event noun names ("итоги встречи
Вебера и Меркель"), a gathering joined ("Во встрече также участвовали ...")."""

from __future__ import annotations

from extract.rules import cues_ru as cues
from extract.rules import triggers_ru as tr
from extract.text import Token


def joined(tokens: tuple[Token, ...], i: int) -> bool:
    """"Во встрече также участвовали ...": the sentence opens on the event noun, whose other side it does
    not name, and tells who took part in it."""
    return i == 1 and tokens[0].lemma in cues.IN and tokens[i].pos == "NOUN" and tokens[i].feat("Case") == "Loc" \
        and not (i + 1 < len(tokens) and tokens[i + 1].lemma in cues.WITH) \
        and any(t.lemma in tr.TOOK_PART for t in tokens[i + 1:])


def joined_by_pronoun(tokens: tuple[Token, ...], i: int) -> bool:
    """"Помимо Путина, в ней приняли участие президенты ...": the event just told, by a pronoun, and who took
    part in it."""
    pronoun = tokens[i].pos == "PRON" and tokens[i].feat("Case") == "Loc" and tokens[i].lemma in ("он", "она", "они") \
        or tokens[i].text.lower() in tr.LOCATIVE_PRONOUNS  # ("нём" read as a noun by the tagger)
    return 0 < i and tokens[i - 1].lemma in cues.IN and pronoun \
        and any(t.lemma in tr.TOOK_PART for k, t in enumerate(tokens) if k != i)  # ("Участие в нём приняли ...")


def gathered(tokens: tuple[Token, ...], i: int) -> bool:
    """"Саммит состоялся в Ташкенте. За одним столом с канцлером собрались президенты X, Y и Z": leaders who
    gathered, in a sentence that names no event, took part in the gathering just told."""
    return tokens[i].lemma in tr.GATHER_VERBS and tokens[i].pos == "VERB" and tokens[i].feat("Tense") == "Past" \
        and not any(tr.TRIGGERS.get(t.lemma) for t in tokens) and any(  # (not "посетители собрались")
            t.lemma in tr.COUNCIL_HEADS | {"президент"} and t.feat("Number") == "Plur"
            for t in tokens[max(0, i - tr.COUNCIL_WINDOW):i + 1 + tr.COUNCIL_WINDOW])


def chaired(tokens: tuple[Token, ...], i: int) -> bool:
    """"председательствовавший на встрече президент Казахстана": the event noun at ``i`` is the one a leader
    chaired, the gathering the sentence is about; no event of its own."""
    return i > 1 and tokens[i - 1].lemma == "на" and tokens[i - 2].lemma in tr.CHAIRED


def held_participle(tokens: tuple[Token, ...], i: int) -> bool:
    """"итоги переговоров, прошедших 12 ноября в Москве", "итоги состоявшихся в Москве переговоров": the event
    noun at ``i`` is told with a participle of its own holding and its own day or place (not "итоги прошедших
    переговоров", the talks told before)."""
    comma = next((k for k in range(i + 1, min(len(tokens) - 1, i + 3 + tr.TITLE_WORDS)) if tokens[k].text == ","),
                 None)  # past the sides it names: "переговоров Токаева и Путина, прошедших"
    phrases = [tokens[k:i] for k in range(max(0, i - tr.PARTICIPLE_REACH), i)]
    if comma is not None:
        phrases.append(tokens[comma + 1:comma + 1 + tr.PARTICIPLE_REACH])
    return any(phrase[0].lemma in tr.HELD_VERBS and phrase[0].feat("VerbForm") == "Part"
               and any(t.pos == "PROPN" or t.text.isdigit() for t in phrase[1:]) for phrase in phrases if phrase)


def names_a_gathering(tokens: tuple[Token, ...], i: int) -> bool:
    """An event noun in the genitive after a gathering noun names the gathering: "заседание
    Консультативной встречи", "саммит Совещания по взаимодействию"."""
    if tokens[i].pos not in ("NOUN", "PROPN") or tokens[i].feat("Case") != "Gen":
        return False
    k = i - 1
    while k >= 0 and tokens[k].pos == "ADJ":
        k -= 1
    return k >= 0 and tokens[k].pos == "NOUN" and tr.TRIGGERS.get(tokens[k].lemma) in ("forum", "summit")


def receives(tokens: tuple[Token, ...], i: int) -> bool:
    """"принял в Кремле Токаева": the verb's direct object, past a place or time phrase, is a person (not
    "Участие в нём приняли ...": a part taken)."""
    if any(t.lemma in tr.TOOK_PART for t in tokens[max(0, i - 3):i]):
        return False
    after_prep = False
    for tok in tokens[i + 1:i + 8]:
        if tok.pos == "VERB" and tok.feat("VerbForm") == "Part" and tok.feat("Case") in ("Acc", "Gen"):
            continue  # "принял прибывшего в Москву с визитом президента Египта": the guest after his participle
        if tok.pos in ("PUNCT", "VERB", "CCONJ", "SCONJ"):
            return False
        if tok.pos == "ADP":
            if tok.lemma in tr.RECEIVED_FROM:
                return False  # "принял от президента орден": a thing received from someone
            after_prep = True
            continue
        if tok.pos in ("NOUN", "PROPN"):
            if not after_prep and tok.pos == "PROPN":
                return True  # a name: the tagger's case and animacy of foreign names are unreliable
            if not after_prep and tok.feat("Case") in ("Acc", "Gen"):  # an animate accusative reads as Gen
                return tok.feat("Animacy") == "Anim"
            after_prep = False
    return False


def names_sides(tokens: tuple[Token, ...], i: int) -> bool:
    """"итоги встречи Вебера и Меркель": an event noun followed by its sides is the event itself (also past
    the noun after the trigger adjective: "по итогам телефонного разговора Токаева и Эрдогана")."""
    if i + 1 < len(tokens) and tokens[i].pos == "ADJ" and tokens[i + 1].lemma in tr.EVENT_NOUNS:
        i += 1
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return tokens[i].lemma in tr.EVENT_NOUNS and nxt is not None and nxt.pos in ("PROPN", "NOUN") \
        and nxt.feat("Case") == "Gen" and nxt.feat("Animacy") == "Anim"


def postponed_subject(tokens: tuple[Token, ...], i: int) -> bool:
    """"Визит Рахмона в Казахстан, который планировался на 17-18 апреля, перенесен": the event noun is the
    subject of a verb of putting off later in the sentence, past its relative clause, with no other event
    told in between."""
    if tokens[i].pos not in ("NOUN", "PROPN"):
        return False
    # (a subject the tagger reads as an accusative at the head of the sentence: "Визит ... перенесен")
    subject = tokens[i].feat("Case") == "Nom" or tokens[i].feat("Case") == "Acc" and i == 0
    relative = False  # "сроки визита, который планировался на июль, а теперь перенесен": its own clause says
    for k, t in enumerate(tokens[i + 1:], i + 1):
        # (the gathering on whose margins it was to be is no other event told: "Встреча ... на полях саммита
        # перенесена")
        margins = k >= 2 and (tokens[k - 2].lemma, tokens[k - 1].lemma) in cues.MARGINS
        if t.text in (";", ":") or t.lemma in tr.TRIGGERS and not margins:
            return False
        relative = relative or t.lemma == "который"
        if t.lemma in cues.POSTPONE:
            return subject or relative
    return False
