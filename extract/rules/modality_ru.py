"""What a Russian clause says of an event's reality before its tense does: still to come ("предстоящий
визит", "в канун саммита"), only possible ("может посетить", "встреча ... может пройти", "не исключил, что ...")
or no event at all (a proposal, an invitation, a habit: "предложил провести", "пригласил на саммит",
"регулярно встречаются")."""

from __future__ import annotations

from extract.rules import cues_ru as cues
from extract.text import Token


def intends(tokens: tuple[Token, ...], k: int, lemmas: frozenset[str] | set[str] = cues.PLANNED) -> bool:
    """Whether the word at ``k`` is one of ``lemmas`` that tells a plan: "собирается посетить", "планирует
    визит"; not "собирались вместе в Бишкеке" (gathered), which is an intent only before an infinitive."""
    if tokens[k].lemma not in lemmas:
        return False
    return tokens[k].lemma not in cues.GATHERING_SENSE or any(
        t.feat("VerbForm") == "Inf" for t in tokens[k + 1:k + 1 + cues.INTENT_REACH])


def planned_before(tokens: tuple[Token, ...], lo: int, i: int) -> bool:
    """"предстоящий визит", "в канун саммита", "предстоящее в конце мая в Астане заседание" (the adjective
    agreeing with the noun past the phrases of time and place between them)."""
    reach = max(lo, i - cues.AGREEING_REACH)
    if any(intends(tokens, k) for k in range(max(lo, i - 3), i)) or any(
            intends(tokens, k) and {t.feat("Case"), tokens[i].feat("Case")} in ({t.feat("Case")}, {"Nom", "Acc"})
            and all(u.pos in ("ADP", "NOUN", "PROPN", "ADJ", "NUM") for u in tokens[k + 1:i])
            for k, t in enumerate(tokens[reach:i], reach)):
        return True
    k = next((k for k in range(i - 1, max(-1, i - 4), -1) if tokens[k].lemma in cues.INCLUDING), None)
    if k is not None and any(intends(tokens, n) for n in range(max(0, k - cues.LIST_REACH), k)):
        return True
    return any(t.lemma in cues.IN and n + 1 < i and tokens[n + 1].lemma in cues.EVE_NOUNS
               for n, t in enumerate(tokens[max(lo, i - 4):i], max(lo, i - 4)))


def holding_to_come(tokens: tuple[Token, ...], i: int) -> bool:
    """"пригласил на заседание ВЕЭС, которое пройдет в мае в Астане": the noun's relative clause holds it ahead."""
    if any(t.lemma in cues.NEXT_OF_SERIES for t in tokens[max(0, i - 2):i]) and any(
            t.lemma in cues.INVITATION for t in tokens[max(0, i - cues.OWN_CLAUSE_REACH):i]):
        return True  # "пригласил коллег провести следующее заседание ВЕЭС в декабре": the host's next one
    k = next((k for k in range(i + 1, min(len(tokens), i + 1 + cues.OWN_CLAUSE_REACH)) if tokens[k].lemma == "который"),
             None)
    # (past a parenthesis: "который, как договорились лидеры, пройдет в 2027 году")
    return k is not None and any(t.lemma in cues.HELD_VERBS and t.feat("Tense") == "Fut"
                                 for t in tokens[k + 1:k + 1 + cues.RELATIVE_VERB_REACH])


def put_off_object(tokens: tuple[Token, ...], lo: int, i: int) -> bool:
    """"Эрдоган перенес запланированный на четверг и пятницу государственный визит", "согласились перенести на более
    поздний срок визит": a finite verb or infinitive of putting off with nothing but the noun's own phrase or the
    time it is put off to (no comma, no other verb) between it and the noun in the accusative."""
    if tokens[i].feat("Case") not in ("Acc", "Nom"):
        return False
    for k in range(i - 1, lo - 1, -1):
        t = tokens[k]
        if t.lemma in cues.POSTPONE and t.feat("VerbForm") in ("Fin", "Inf"):  # ("согласились перенести ...")
            return True
        if t.pos in ("PUNCT", "AUX", "SCONJ") or t.pos == "VERB" and t.feat("VerbForm") != "Part":
            return False
    return False


def put_off_before(tokens: tuple[Token, ...], lo: int, i: int, hi: int) -> int | None:
    """"Перенесенный с весны на осень саммит прошел 2 октября", "Отложенный ранее визит состоится 5 декабря":
    a passive participle of putting off before the noun is its attribute; the clause's finite verb after the
    noun tells the event's status. Not "Путин, отложивший визит, ..." (an active participle governs the noun)."""
    k = next((k for k in range(i - 1, lo - 1, -1)
              if tokens[k].lemma in cues.POSTPONE and cues.PASSIVE_PARTICIPLE.search(tokens[k].low)), None)
    if k is None or not any(t.feat("VerbForm") == "Fin" for t in tokens[i + 1:hi + 1]):
        return None
    return k


def modality(tokens: tuple[Token, ...], lo: int, i: int) -> str | None:
    """"proposal" (a proposal, an invitation, a habit: no event), "possible" (not held), or None."""
    if _invited_to(tokens, lo, i):
        return "proposal"
    if _proposed_act(tokens, lo, i):
        return "proposal"
    window = tokens[max(lo, i - 4):i]
    for n, tok in enumerate(window):
        if tok.lemma in cues.PROPOSAL and not (n > 0 and window[n - 1].lemma in cues.PROPOSAL_TAKEN) \
                and not any(t.lemma == "и" for t in window[n + 1:]):  # "принял приглашение и посетит"
            return "proposal"
    if any(intends(tokens, n, cues.UNREALISED) for n in range(max(0, lo - 3), i)) and not any(
            t.lemma in cues.CONTRAST for t in tokens[lo:i]):  # "должен был принять участие в форуме, однако ..."
        return "proposal" if any(t.lemma in cues.CONTRAST for t in tokens[i + 1:]) else "possible"
    if any(t.lemma in cues.HABIT for t in tokens[lo:min(len(tokens), i + 4)]) or any(
            t.lemma in cues.HABIT_ADJECTIVES and t.feat("Number") == "Plur" for t in window[-2:]) \
            and tokens[i].lemma not in cues.PLURAL_ONLY_EVENTS:
        return "proposal"  # a habit is no event either
    # the predicate of an event noun: the first verb after it ("встреча президентов ... может пройти")
    verb = next((t for t in tokens[i + 1:i + 1 + cues.PREDICATE_REACH] if t.pos in ("VERB", "PUNCT")), None)
    if any(t.lemma in cues.POSSIBLE for t in window[-3:]) or tokens[i].pos == "NOUN" and verb is not None \
            and verb.lemma in cues.MODAL_VERBS or any(  # "встреча может пройти в Минске"
            t.lemma in cues.POSSIBLE for t in tokens[max(0, lo - 4):lo]):  # "не исключил, что ... встреча"
        return "possible"
    return None


def _invited_to(tokens: tuple[Token, ...], lo: int, i: int) -> bool:
    """"призвал Путина и Зеленского к мирным переговорам", "пригласил на саммит"."""
    k = i - 1
    while k > lo and tokens[k].pos == "ADJ":
        k -= 1
    return k > lo and tokens[k].lemma in cues.INVITE_TO and any(
        t.lemma in cues.INVITE_VERBS and t.pos == "VERB" and t.feat("VerbForm") != "Part" for t in tokens[lo:k])


def _proposed_act(tokens: tuple[Token, ...], lo: int, i: int) -> bool:
    """"предложил провести в июне в Каире международную конференцию", "предложил в ближайшее время организовать
    в Стамбуле встречу": the act proposed, an infinitive however many words of time and place before the event."""
    for n in range(i - 1, lo - 1, -1):
        tok = tokens[n]
        if tok.pos == "VERB" and tok.feat("VerbForm") == "Inf":  # (holding it: not "пригласил посетить ... саммит")
            return tok.lemma in cues.HOLD_VERBS and any(
                t.lemma in cues.PROPOSAL and t.pos == "VERB" for t in tokens[max(lo, n - cues.PROPOSAL_REACH):n])
        if tok.pos in ("VERB", "AUX", "PUNCT", "CCONJ", "SCONJ"):
            return False
    return False
