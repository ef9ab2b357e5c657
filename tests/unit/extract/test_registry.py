"""Tests for the leader/place registry: loader validation on tiny files, facts on the real data."""

from __future__ import annotations

import re
import textwrap
from datetime import date
from pathlib import Path

import pytest

from extract.registry import (
    ROLES,
    SINGLE_HOLDER_ROLES,
    LocalizedName,
    Office,
    Registry,
    default_registry,
    default_registry_dir,
)

# --------------------------------------------------------------------------- helpers

PLACES_OK = """
countries:
  - {id: KZ, wikidata: Q232, name: {ru: Казахстан, kk: Қазақстан, en: Kazakhstan}, lat: 48.0, lon: 68.0}
  - {id: RU, wikidata: null, name: {ru: Россия}, adjectives: {ru: [российский]}}
regions:
  - {id: kz-west, name: {ru: Западно-Казахстанская область}, country: KZ}
cities:
  - {id: uralsk, name: {ru: Уральск, kk: Орал}, country: KZ, region: kz-west, lat: 51.2, lon: 51.4}
  - {id: moscow, name: {ru: Москва}, country: RU, capital: true, lat: 55.7, lon: 37.6}
"""

PERSONS_OK = """
- id: alpha
  wikidata: Q1
  name: {ru: Альфа Первый}
  surname: {ru: Первый}
  offices:
    - {role: president, of: KZ, from: 2000-01-01, to: 2010-01-01}
- id: beta
  name: {ru: Бета Второй}
  surname: {ru: Второй}
  aliases: [Бета]
  offices:
    - {role: president, of: KZ, from: 2010-01-01, to: null}
    - {role: prime_minister, of: KZ, from: 2005-01-01, to: 2010-01-01}
"""


def write_registry(directory: Path, persons: str = PERSONS_OK, places: str = PLACES_OK) -> Path:
    (directory / "persons.yaml").write_text(textwrap.dedent(persons), encoding="utf-8")
    (directory / "places.yaml").write_text(textwrap.dedent(places), encoding="utf-8")
    return directory


def person_yaml(person_id: str = "gamma", **fields: str) -> str:
    """One person entry whose fields can be overridden with raw YAML fragments."""
    defaults = {
        "wikidata": "null",
        "name": "{ru: Гамма}",
        "surname": "{ru: Гамма}",
        "offices": "[{role: other, of: KZ, from: 2001-01-01, to: null}]",
    }
    defaults.update(fields)
    body = "\n".join(f"  {key}: {value}" for key, value in defaults.items())
    return f"- id: {person_id}\n{body}\n"


# --------------------------------------------------------------------------- loader: valid data


def test_tiny_registry_loads_and_answers_lookups(tmp_path: Path) -> None:
    registry = Registry.load(write_registry(tmp_path))

    assert [p.id for p in registry.persons] == ["alpha", "beta"]
    assert [c.id for c in registry.countries()] == ["KZ", "RU"]
    assert [c.id for c in registry.cities()] == ["uralsk", "moscow"]
    assert registry.place("uralsk").name.kk == "Орал"
    assert registry.place("RU").adjectives.ru == ("российский",)
    assert registry.person("beta").names() == ("Бета Второй", "Второй", "Бета")


@pytest.mark.parametrize(
    ("role", "at", "expected"),
    [
        ("president", date(1999, 12, 31), []),
        ("president", date(2000, 1, 1), ["alpha"]),
        ("president", date(2009, 12, 31), ["alpha"]),
        ("president", date(2010, 1, 1), ["beta"]),  # the handover day belongs to the successor
        ("president", None, ["beta"]),
        ("prime_minister", date(2007, 6, 1), ["beta"]),
        ("prime_minister", None, []),
    ],
)
def test_office_holders_on_a_date(
    tmp_path: Path, role: str, at: date | None, expected: list[str]
) -> None:
    registry = Registry.load(write_registry(tmp_path))
    assert [p.id for p in registry.office_holders(role, "KZ", at)] == expected


@pytest.mark.parametrize(
    ("at", "expected_roles"),
    [
        (date(2007, 1, 1), ["prime_minister"]),
        (date(2012, 1, 1), ["president"]),
        (None, ["president"]),
        (date(2001, 1, 1), []),
    ],
)
def test_offices_of(tmp_path: Path, at: date | None, expected_roles: list[str]) -> None:
    registry = Registry.load(write_registry(tmp_path))
    assert [o.role for o in registry.offices_of("beta", at)] == expected_roles


@pytest.mark.parametrize(
    ("place_id", "country"),
    [("KZ", "KZ"), ("kz-west", "KZ"), ("uralsk", "KZ"), ("moscow", "RU"), ("UN", None)],
)
def test_country_of(tmp_path: Path, place_id: str, country: str | None) -> None:
    registry = Registry.load(write_registry(tmp_path))
    assert registry.country_of(place_id) == country


@pytest.mark.parametrize("lookup", ["person", "place"])
def test_unknown_ids_raise_key_error(tmp_path: Path, lookup: str) -> None:
    registry = Registry.load(write_registry(tmp_path))
    with pytest.raises(KeyError, match="nobody"):
        getattr(registry, lookup)("nobody")


def test_environment_variable_overrides_default_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_registry(tmp_path)
    monkeypatch.setenv("LETOPIS_REGISTRY_DIR", str(tmp_path))
    default_registry.cache_clear()
    try:
        assert default_registry_dir() == tmp_path
        assert [p.id for p in default_registry().persons] == ["alpha", "beta"]
    finally:
        default_registry.cache_clear()


# --------------------------------------------------------------------------- loader: invalid data

OVERLAP = PERSONS_OK + person_yaml(
    "gamma", offices="[{role: president, of: KZ, from: 2009-12-31, to: 2011-01-01}]"
)
OPEN_ENDED_OVERLAP = PERSONS_OK + person_yaml(
    "gamma", offices="[{role: president, of: KZ, from: 2015-01-01, to: null}]"
)


@pytest.mark.parametrize(
    ("persons", "places", "message"),
    [
        pytest.param(PERSONS_OK + person_yaml("alpha"), PLACES_OK, r"person id 'alpha'", id="dup-person"),
        pytest.param(
            PERSONS_OK,
            PLACES_OK + "  - {id: moscow, name: {ru: Москва}, country: RU}\n",
            r"place id 'moscow'",
            id="dup-place",
        ),
        pytest.param(
            PERSONS_OK + person_yaml(offices="[{role: president, of: XX, from: 2001-01-01}]"),
            PLACES_OK,
            r"person 'gamma'.*'XX'",
            id="unknown-office-place",
        ),
        pytest.param(
            PERSONS_OK,
            PLACES_OK + "  - {id: omsk, name: {ru: Омск}, country: ZZ}\n",
            r"city 'omsk'.*'ZZ'",
            id="unknown-country",
        ),
        pytest.param(
            PERSONS_OK,
            PLACES_OK + "  - {id: omsk, name: {ru: Омск}, country: RU, region: ru-omsk}\n",
            r"city 'omsk'.*'ru-omsk'",
            id="unknown-region",
        ),
        pytest.param(
            PERSONS_OK,
            PLACES_OK + "  - {id: omsk, name: {ru: Омск}, country: RU, region: kz-west}\n",
            r"city 'omsk'.*region 'kz-west' is in 'KZ'",
            id="region-in-other-country",
        ),
        pytest.param(
            PERSONS_OK,
            PLACES_OK + "  - {id: omsk, name: {ru: Омск}}\n",
            r"city 'omsk'.*needs a 'country'",
            id="city-without-country",
        ),
        pytest.param(
            PERSONS_OK
            + person_yaml(offices="[{role: other, of: KZ, from: 2010-01-01, to: 2009-01-01}]"),
            PLACES_OK,
            r"person 'gamma'.*ends \(2009-01-01\) before it starts",
            id="reversed-dates",
        ),
        pytest.param(
            PERSONS_OK + person_yaml(offices="[{role: other, of: KZ, to: 2009-01-01}]"),
            PLACES_OK,
            r"person 'gamma'.*needs a 'from' date",
            id="missing-start",
        ),
        pytest.param(
            PERSONS_OK + person_yaml(offices="[{role: other, of: KZ, from: 'soon'}]"),
            PLACES_OK,
            r"person 'gamma'.*'from' must be a date",
            id="bad-date",
        ),
        pytest.param(
            PERSONS_OK + person_yaml(wikidata="Q0123"),
            PLACES_OK,
            r"person 'gamma'.*wikidata id 'Q0123'",
            id="wikidata-leading-zero",
        ),
        pytest.param(
            PERSONS_OK + person_yaml(wikidata="'7747'"),
            PLACES_OK,
            r"person 'gamma'.*wikidata id '7747'",
            id="wikidata-no-q",
        ),
        pytest.param(
            PERSONS_OK,
            PLACES_OK.replace("wikidata: Q232", "wikidata: q232"),
            r"country 'KZ'.*wikidata id 'q232'",
            id="wikidata-lowercase-place",
        ),
        pytest.param(
            PERSONS_OK + person_yaml(offices="[{role: emperor, of: KZ, from: 2001-01-01}]"),
            PLACES_OK,
            r"person 'gamma'.*unknown role 'emperor'",
            id="unknown-role",
        ),
        pytest.param(OVERLAP, PLACES_OK, r"president of KZ.*'alpha'.*'gamma'.*overlap", id="overlap"),
        pytest.param(
            OPEN_ENDED_OVERLAP, PLACES_OK, r"president of KZ.*'beta'.*'gamma'", id="overlap-open-ended"
        ),
        pytest.param(
            PERSONS_OK + person_yaml(name="{de: Gamma}"),
            PLACES_OK,
            r"person 'gamma'.*unknown languages \['de'\]",
            id="unknown-language",
        ),
        pytest.param(
            PERSONS_OK + "- id: delta\n  name: {ru: Дельта}\n",
            PLACES_OK,
            r"person 'delta'.*'surname' is required",
            id="missing-surname",
        ),
        pytest.param(
            PERSONS_OK,
            PLACES_OK.replace("lat: 51.2", "lat: 151.2"),
            r"city 'uralsk'.*'lat' 151.2 is out of range",
            id="latitude-out-of-range",
        ),
        pytest.param(
            PERSONS_OK,
            PLACES_OK.replace("wikidata: Q232,", "wikidata: Q232, leader: parliament,", 1),
            r"country 'KZ'.*'leader' must be head_of_state or head_of_government",
            id="unknown-leader",
        ),
    ],
)
def test_invalid_data_is_rejected_with_the_entry_named(
    tmp_path: Path, persons: str, places: str, message: str
) -> None:
    write_registry(tmp_path, persons=persons, places=places)
    with pytest.raises(ValueError, match=message):
        Registry.load(tmp_path)


@pytest.mark.parametrize("role", sorted(ROLES - SINGLE_HOLDER_ROLES))
def test_roles_with_several_holders_may_overlap(tmp_path: Path, role: str) -> None:
    persons = person_yaml("one", offices=f"[{{role: {role}, of: KZ, from: 2001-01-01}}]")
    persons += person_yaml("two", offices=f"[{{role: {role}, of: KZ, from: 2002-01-01}}]")
    registry = Registry.load(write_registry(tmp_path, persons=persons))
    assert [p.id for p in registry.office_holders(role, "KZ", date(2003, 1, 1))] == ["one", "two"]


def test_missing_file_is_a_value_error(tmp_path: Path) -> None:
    (tmp_path / "places.yaml").write_text(PLACES_OK, encoding="utf-8")
    with pytest.raises(ValueError, match="persons.yaml"):
        Registry.load(tmp_path)


@pytest.mark.parametrize(
    ("first", "second", "overlaps"),
    [
        (("2000-01-01", "2010-01-01"), ("2010-01-01", None), False),
        (("2000-01-01", "2010-01-02"), ("2010-01-01", None), True),
        (("2000-01-01", None), ("1990-01-01", "2000-01-01"), False),
        (("2000-01-01", None), ("2020-01-01", None), True),
    ],
)
def test_office_overlap(
    first: tuple[str, str | None], second: tuple[str, str | None], overlaps: bool
) -> None:
    def office(span: tuple[str, str | None]) -> Office:
        end = date.fromisoformat(span[1]) if span[1] else None
        return Office("president", "KZ", date.fromisoformat(span[0]), end)

    assert office(first).overlaps(office(second)) is overlaps
    assert office(second).overlaps(office(first)) is overlaps


def test_localized_name_rejects_unknown_language() -> None:
    with pytest.raises(KeyError):
        LocalizedName(ru="Астана").get("de")


# --------------------------------------------------------------------------- the real data


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry.load()


@pytest.mark.parametrize(
    ("role", "of", "at", "expected"),
    [
        ("president", "KZ", date(2022, 11, 28), "tokayev"),
        ("president", "KZ", date(2015, 1, 1), "nazarbayev"),
        ("president", "RU", date(2022, 11, 28), "putin"),
        ("president", "RU", date(2010, 1, 1), "medvedev"),
        ("prime_minister", "RU", date(2010, 1, 1), "putin"),
        ("president", "US", date(2020, 6, 1), "trump"),
        ("president", "US", date(2022, 6, 1), "biden"),
        ("president", "US", date(2025, 6, 1), "trump"),
        ("chancellor", "DE", date(2019, 1, 1), "merkel"),
        ("president", "FR", date(2022, 11, 29), "macron"),
        ("chairman", "CN", date(2025, 6, 1), "xi-jinping"),
        ("president", "UA", date(2022, 11, 1), "zelensky"),
        ("president", "TR", date(2020, 1, 1), "erdogan"),
        ("prime_minister", "GB", date(2020, 1, 1), "boris-johnson"),
        ("king", "GB", date(2023, 5, 6), "charles-iii"),
        ("un_secretary_general", "UN", date(2020, 1, 1), "guterres"),
        ("president", "UZ", date(2023, 1, 1), "mirziyoyev"),
        ("president", "KG", date(2023, 1, 1), "japarov"),
        ("president", "TJ", date(2023, 1, 1), "rahmon"),
        ("president", "TM", date(2023, 1, 1), "serdar-berdimuhamedov"),
        ("president", "AZ", date(2023, 1, 1), "ilham-aliyev"),
        ("prime_minister", "AM", date(2023, 1, 1), "pashinyan"),
        ("president", "BY", date(2023, 1, 1), "lukashenko"),
        ("head_of_region", "ru-tatarstan", date(2025, 10, 30), "minnikhanov"),
    ],
)
def test_real_office_holders(
    registry: Registry, role: str, of: str, at: date, expected: str
) -> None:
    assert [p.id for p in registry.office_holders(role, of, at)] == [expected]


@pytest.mark.parametrize(
    ("of", "at", "person_id"),
    [
        ("RU", date(2022, 11, 25), "peskov"),
        ("KZ", date(2025, 8, 1), "zheldibay"),
    ],
)
def test_press_secretaries(registry: Registry, of: str, at: date, person_id: str) -> None:
    assert person_id in [p.id for p in registry.office_holders("press_secretary", of, at)]


@pytest.mark.parametrize(
    "surname",
    ["Tokayev", "Putin", "Macron", "Zelensky", "Xi", "Trump", "Minnikhanov", "Peskov", "Zheldibay"],
)
def test_every_participant_surname_of_the_seeds_is_known(registry: Registry, surname: str) -> None:
    assert [p.id for p in registry.persons if p.surname.en == surname]


@pytest.mark.parametrize(
    ("person_id", "spelling"),
    [
        ("tokayev", "Қасым-Жомарт Тоқаев"),
        ("tokayev", "Токаев"),
        ("tokayev", "Тоқаев"),
        ("macron", "Эммануэль Макрон"),
        ("xi-jinping", "Си Цзиньпин"),
        ("putin", "Владимир Путин"),
        ("minnikhanov", "Рустам Минниханов"),
        ("zheldibay", "Руслан Желдибай"),
    ],
)
def test_person_spellings(registry: Registry, person_id: str, spelling: str) -> None:
    assert spelling in registry.person(person_id).names()


@pytest.mark.parametrize(
    ("place_id", "country"),
    [
        ("astana", "KZ"),
        ("uralsk", "KZ"),
        ("kostanay", "KZ"),
        ("almaty", "KZ"),
        ("taraz", "KZ"),
        ("turkistan", "KZ"),
        ("kyzylorda", "KZ"),
        ("moscow", "RU"),
        ("orenburg", "RU"),
        ("kazan", "RU"),
        ("paris", "FR"),
        ("dushanbe", "TJ"),
        ("ru-tatarstan", "RU"),
    ],
)
def test_seed_places_and_their_countries(registry: Registry, place_id: str, country: str) -> None:
    assert registry.country_of(place_id) == country


@pytest.mark.parametrize(
    ("place_id", "lang", "name"),
    [
        ("uralsk", "kk", "Орал"),
        ("uralsk", "ru", "Уральск"),
        ("kostanay", "kk", "Қостанай"),
        ("moscow", "kk", "Мәскеу"),
        ("orenburg", "kk", "Орынбор"),
        ("KZ", "kk", "Қазақстан"),
        ("RU", "kk", "Ресей"),
    ],
)
def test_place_names(registry: Registry, place_id: str, lang: str, name: str) -> None:
    assert registry.place(place_id).name.get(lang) == name


@pytest.mark.parametrize("alias", ["Нур-Султан", "Целиноград", "Акмола"])
def test_astana_former_names(registry: Registry, alias: str) -> None:
    assert alias in registry.place("astana").names()


def test_every_city_has_coordinates(registry: Registry) -> None:
    missing = [c.id for c in registry.cities() if c.lat is None or c.lon is None]
    assert missing == []


CORE_COUNTRIES = ("KZ", "RU", "BY", "UZ", "KG", "TJ", "TM", "AZ", "AM", "MD", "GE", "UA")
LEADER_COUNTRIES = (*CORE_COUNTRIES, "CN", "US", "TR", "FR", "DE", "GB")


@pytest.mark.parametrize("country", LEADER_COUNTRIES)
def test_capital_of_every_covered_country(registry: Registry, country: str) -> None:
    capitals = [c.id for c in registry.cities() if c.capital and c.country == country]
    assert len(capitals) == 1


def test_country_ids_are_iso_alpha2(registry: Registry) -> None:
    assert [c.id for c in registry.countries() if not re.fullmatch(r"[A-Z]{2}", c.id)] == []


def test_every_person_has_an_office(registry: Registry) -> None:
    assert [p.id for p in registry.persons if not p.offices] == []


@pytest.mark.parametrize("country", LEADER_COUNTRIES)
def test_head_of_state_and_government_known_today(registry: Registry, country: str) -> None:
    head_of_state_roles = ("president", "chairman", "king")
    government_roles = ("prime_minister", "chancellor")
    heads = [p for role in head_of_state_roles for p in registry.office_holders(role, country)]
    assert len(heads) == 1
    if country not in ("TM", "US", "TR"):  # the president heads the government there
        government = [p for role in government_roles for p in registry.office_holders(role, country)]
        assert len(government) == 1


def test_kazakh_names_use_kazakh_letters(registry: Registry) -> None:
    kazakh_letters = set("әғқңөұүһі")
    kazakh_leaders = [p for p in registry.persons if any(o.of == "KZ" for o in p.offices)]
    with_letters = [p.id for p in kazakh_leaders if kazakh_letters & set((p.name.kk or "").lower())]
    assert "tokayev" in with_letters and "nazarbayev" in with_letters


def test_place_names_are_unambiguous(registry: Registry) -> None:
    """A spelling may name one place only; a city-state and its capital are the one exception."""
    owners: dict[str, set[str]] = {}
    for place in registry.places:
        for name in place.names():
            owners.setdefault(name.casefold(), set()).add(place.id)
    clashes = {}
    for name, ids in owners.items():
        if len(ids) == 1:
            continue
        places = [registry.place(i) for i in ids]
        countries = [p for p in places if p.kind == "country"]
        capitals = [p for p in places if p.kind == "city" and p.capital]
        is_city_state = (
            len(ids) == 2
            and len(countries) == 1
            and len(capitals) == 1
            and capitals[0].country == countries[0].id
        )
        if not is_city_state:
            clashes[name] = sorted(ids)
    assert clashes == {}


# --------------------------------------------------------------------------- the data's look-ups


def test_every_residence_names_a_city_of_the_registry(registry: Registry) -> None:
    from extract.rules.places_residences import RESIDENCES

    cities = {c.id for c in registry.cities()}
    assert not {residence: city for residence, city in RESIDENCES.items() if city not in cities}


def test_no_residence_is_also_a_place_name(registry: Registry) -> None:
    from extract.rules.places_residences import RESIDENCES

    names = {name.casefold() for place in registry.places for name in place.names()}
    assert not [residence for residence in RESIDENCES if residence.casefold() in names]


@pytest.mark.parametrize(
    "of, first, last, government, expected",
    [
        ("US", date(2013, 1, 1), date(2013, 12, 31), False, "obama"),     # held the whole year
        ("US", date(2009, 1, 1), date(2009, 12, 31), False, None),        # changed hands on 20 January
        ("US", date(2009, 6, 1), date(2009, 6, 1), False, "obama"),
        ("DE", date(2015, 3, 1), date(2015, 3, 1), True, "merkel"),
        ("KZ", date(2019, 1, 1), date(2019, 12, 31), False, None),        # Nazarbayev, then Tokayev
        ("KZ", date(2023, 11, 9), date(2023, 11, 9), True, "smailov"),
    ],
)
def test_head_during_a_span_is_the_one_who_held_it_throughout(
    of: str, first: date, last: date, government: bool, expected: str | None
) -> None:
    from extract.gazetteer import default_gazetteer

    holder = default_gazetteer().head_during(of, first, last, government=government)
    assert (holder.id if holder else None) == expected


def test_head_of_without_a_date_is_nobody() -> None:
    from extract.gazetteer import default_gazetteer

    assert default_gazetteer().head_of("US", None) is None


@pytest.mark.parametrize("country, leader", [("DE", "merz"), ("GB", "starmer"), ("FR", "macron"), ("RU", "putin")])
def test_the_leader_of_a_country_is_who_leads_it(country: str, leader: str) -> None:
    from extract.gazetteer import Gazetteer

    assert Gazetteer(Registry.load()).leader_of(country, date(2025, 11, 12)).id == leader
