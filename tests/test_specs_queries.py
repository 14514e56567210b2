"""The search query table (also timed by benchmarks/search.py) and its first-result test.

Each row: (query, language of the query, id of the expected first result). Typos are deliberate.
No pytest import here, so the benchmark runs without the test dependencies.
"""

from __future__ import annotations

from bot.specs import load_catalog

QUERIES: tuple[tuple[str, str, str], ...] = (
    # English, including typos, codes, demonyms and document words
    ("us passport", "en", "us-passport"),
    ("US visa", "en", "us-visa"),
    ("usa visa photo", "en", "us-visa"),
    ("american passport", "en", "us-passport"),
    ("untied states pasport", "en", "us-passport"),
    ("green card", "en", "us-green-card"),
    ("DV lottery", "en", "us-dv-lottery"),
    ("dv", "en", "us-dv-lottery"),
    ("DS-160", "en", "us-visa"),
    ("uk passport", "en", "gb-passport"),
    ("british pasport", "en", "gb-passport"),
    ("germny", "en", "de-passport"),
    ("germany id card", "en", "de-id-card"),
    ("schengen", "en", "schengen-visa"),
    ("shengen visa", "en", "schengen-visa"),
    ("canada pr card", "en", "ca-pr-card"),
    ("canadian passport", "en", "ca-passport"),
    ("india visa", "en", "in-visa"),
    ("indian e-visa", "en", "in-visa"),
    ("OCI", "en", "in-oci-card"),
    ("chinese visa", "en", "cn-visa"),
    ("chna visa", "en", "cn-visa"),
    ("japn passport", "en", "jp-passport"),
    ("south korea passport", "en", "kr-passport"),
    ("korea visa", "en", "kr-visa"),
    ("dubai visa", "en", "ae-visa"),
    ("saudi e-visa", "en", "sa-visa"),
    ("iqama", "en", "sa-residence-permit"),
    ("pakistan cnic", "en", "pk-id-card"),
    ("nigeria passport", "en", "ng-passport"),
    ("australia passport", "en", "au-passport"),
    ("frnace visa", "en", "fr-visa"),
    ("de passport", "en", "de-passport"),
    ("GBR", "en", "gb-passport"),
    ("philipines passport", "en", "ph-passport"),
    ("vietnam visa", "en", "vn-visa"),
    ("holland passport", "en", "nl-passport"),
    ("russia internal passport", "en", "ru-internal-passport"),
    # Russian
    ("паспорт германия", "ru", "de-passport"),
    ("виза в германию", "ru", "de-visa"),
    ("виза сша", "ru", "us-visa"),
    ("грин карта", "ru", "us-green-card"),
    ("шенгенская виза", "ru", "schengen-visa"),
    ("китайская виза", "ru", "cn-visa"),
    ("загранпаспорт россия", "ru", "ru-passport"),
    ("внутренний паспорт рф", "ru", "ru-internal-passport"),
    ("паспорт росия", "ru", "ru-passport"),
    ("паспорт россии", "ru", "ru-passport"),
    ("виза в японию", "ru", "jp-visa"),
    # Ukrainian
    ("віза до польщі", "uk", "pl-visa"),
    # Chinese
    ("美国签证", "zh", "us-visa"),
    ("德国护照", "zh", "de-passport"),
    ("中国签证", "zh", "cn-visa"),
    ("日本 护照", "zh", "jp-passport"),
    ("申根签证", "zh", "schengen-visa"),
    ("美國簽證", "zh", "us-visa"),
    # Spanish
    ("visado españa", "es", "es-visa"),
    ("pasaporte mexico", "es", "mx-passport"),
    ("visa de estados unidos", "es", "us-visa"),
    ("pasaporte alemania", "es", "de-passport"),
    ("visa schengen", "es", "schengen-visa"),
    ("pasaporte argentna", "es", "ar-passport"),
    # Arabic
    ("تأشيرة أمريكا", "ar", "us-visa"),
    ("جواز سفر مصر", "ar", "eg-passport"),
    ("تاشيرة السعودية", "ar", "sa-visa"),
    ("جواز سفر المملكة المتحدة", "ar", "gb-passport"),
    ("فيزا شنغن", "ar", "schengen-visa"),
    # French
    ("passeport france", "fr", "fr-passport"),
    ("visa canada", "fr", "ca-visa"),
    ("carte d'identité france", "fr", "fr-id-card"),
    ("passeport allemagne", "fr", "de-passport"),
    ("visa etats-unis", "fr", "us-visa"),
    # German
    ("Reisepass Deutschland", "de", "de-passport"),
    ("Personalausweis", "de", "de-id-card"),
    ("Visum USA", "de", "us-visa"),
    ("Führerschein Deutschland", "de", "de-driving-licence"),
    ("Reisepass Östereich", "de", "at-passport"),
    # Portuguese
    ("passaporte brasil", "pt", "br-passport"),
    ("visto estados unidos", "pt", "us-visa"),
    ("passaporte portugal", "pt", "pt-passport"),
    ("visto japão", "pt", "jp-visa"),
    # Hindi
    ("भारत पासपोर्ट", "hi", "in-passport"),
    ("अमेरिका वीज़ा", "hi", "us-visa"),
    ("जर्मनी वीजा", "hi", "de-visa"),
    # Japanese, Korean, Turkish
    ("日本のビザ", "ja", "jp-visa"),
    ("アメリカ パスポート", "ja", "us-passport"),
    ("미국 비자", "ko", "us-visa"),
    ("Almanya vize", "tr", "de-visa"),
    # Flags and codes
    ("🇨🇳", "en", "cn-visa"),
    ("🇯🇵 visa", "en", "jp-visa"),
    ("🇬🇧", "en", "gb-passport"),
    ("🇺🇸 green card", "en", "us-green-card"),
    ("IN", "en", "in-passport"),
    ("fra", "en", "fr-passport"),
)


def test_query_table_is_big_and_multilingual() -> None:
    assert len(QUERIES) >= 60
    assert len({lang for _, lang, _ in QUERIES}) >= 8


def test_every_query_finds_the_right_first_result() -> None:
    catalog = load_catalog()
    wrong = {}
    for query, lang, expected in QUERIES:
        found = [spec.id for spec in catalog.search(query, lang)[:3]]
        if found[:1] != [expected]:
            wrong[query] = (expected, found)
    assert not wrong, wrong
