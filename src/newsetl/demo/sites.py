"""The three fictional news sites of the sample: host names, looks and metadata forms.

Each site shows its metadata in a different way, so extraction is exercised on
all three forms real pages use: JSON-LD (``jsonld``), OpenGraph and ``<meta>``
tags only (``opengraph``), or nothing but a visible byline and date line
(``byline``). Each is discovered differently too: an RSS feed, a sitemap, or a
sitemap index of yearly sitemaps.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

MetadataForm = Literal["jsonld", "opengraph", "byline"]
Discovery = Literal["rss", "sitemap", "sitemap_index"]
# How the place line opens the first paragraph: not at all (shown as a label
# above the text), wire style "KAZAN, Oct 22 (EastWire) - ", or "BEIJING — ".
DatelineStyle = Literal["label", "wire", "caps"]

DISCOVERY_PATHS: dict[Discovery, str] = {
    "rss": "/feed.xml",
    "sitemap": "/sitemap.xml",
    "sitemap_index": "/sitemap_index.xml",
}


@dataclass(frozen=True, slots=True)
class SiteConfig:
    key: str  # folder under templates/
    host: str
    name: str
    tagline: str
    metadata: MetadataForm
    discovery: Discovery
    date_format: str  # strftime, with {day} for the day of the month without padding
    title_suffix: str
    dateline_style: DatelineStyle
    related_label: str
    language: str = "en"

    @property
    def base_url(self) -> str:
        return f"http://{self.host}"

    @property
    def discovery_url(self) -> str:
        return self.base_url + DISCOVERY_PATHS[self.discovery]

    def format_date(self, moment: datetime) -> str:
        return moment.strftime(self.date_format.replace("{day}", str(moment.day)))


SITES: tuple[SiteConfig, ...] = (
    SiteConfig(
        key="northbridge",
        host="www.northbridge-herald.example",
        name="The Northbridge Herald",
        tagline="Independent journalism since 1871",
        metadata="jsonld",
        discovery="rss",
        date_format="%a {day} %b %Y %H.%M",
        title_suffix=" | The Northbridge Herald",
        dateline_style="label",
        related_label="Related:",
        language="en-GB",
    ),
    SiteConfig(
        key="eastwire",
        host="news.eastwire.example",
        name="EastWire",
        tagline="Fast, fair, first",
        metadata="opengraph",
        discovery="sitemap",
        date_format="%B {day}, %Y %H:%M UTC",
        title_suffix=" | EastWire",
        dateline_style="wire",
        related_label="Read more:",
        language="en-US",
    ),
    SiteConfig(
        key="harbourpost",
        host="harbourpost.example",
        name="The Harbour Post",
        tagline="News for the coast and the world beyond it",
        metadata="byline",
        discovery="sitemap_index",
        date_format="%B {day}, %Y",
        title_suffix=" — The Harbour Post",
        dateline_style="caps",
        related_label="Related article:",
        language="en-GB",
    ),
)

SITE_HOSTS: tuple[str, ...] = tuple(site.host for site in SITES)


def site_for_host(host: str) -> SiteConfig:
    for site in SITES:
        if site.host == host:
            return site
    raise KeyError(f"no sample site is served as {host!r}")
