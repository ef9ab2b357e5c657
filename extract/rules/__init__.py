"""Declarative rule tables (word lists and mappings) per language, and the code that reads them.

Events: trigger lexicons (`triggers_ru`, `triggers_kk`), cue words for status, modality, kind and
discourse (`cues_ru`, `cues_kk`), and the language objects that apply them (`lang_ru`, `lang_kk`,
chosen once by `languages.for_language`); `extract.events` uses them. People and places: `names_*`,
`places_*`, read by `extract.mentions`.
"""
