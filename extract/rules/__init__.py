"""The event rules as data, per language: trigger lexicons (`triggers_ru`, `triggers_kk`), cue words
for status, modality, kind and discourse (`cues_ru`, `cues_kk`), and the language objects that read
them (`lang_ru`, `lang_kk`, chosen once by `language.for_language`). `extract.events` applies them."""
