"""URL canonicalisation: one spelling per page, whatever link or device it came from.

    canonicalize_url(url, *, page_canonical=None) -> str
    canonical_page_url(source_url, page_canonical) -> str | None
    domain_of(url) -> str | None
    site_of(url) -> str | None

``canonicalize_url`` lower-cases scheme and host (IDN hosts become punycode),
drops default ports, credentials, fragments and tracking parameters, sorts the
remaining query parameters, folds AMP and mobile variants onto the desktop page,
normalises percent-encoding, dot segments and trailing slashes. A page's own
``rel=canonical`` / ``og:url`` wins when it points to the same site and is not
the site's home page. ``file:`` URIs and other schemes pass through unchanged
apart from surrounding whitespace. The function is idempotent.
"""

from __future__ import annotations

import posixpath
import re
from urllib.parse import parse_qsl, quote, urlsplit, urlunsplit

WEB_SCHEMES = ("http", "https")
DEFAULT_PORTS = {"http": 80, "https": 443}

TRACKING_PARAMS = frozenset(
    {
        "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid",
        "igshid", "igsh", "twclid", "ttclid", "li_fat_id", "epik", "rdt_cid", "scid",
        "mc_cid", "mc_eid", "_ga", "_gl", "_hsenc", "_hsmi", "hsctatracking",
        "mkt_tok", "vero_id", "vero_conv", "wickedid", "oly_anon_id", "oly_enc_id",
        "s_cid", "s_kwcid", "cmpid", "cmp", "ncid", "ocid", "sr_share", "smid", "smtyp",
        "itid", "wpisrc", "wpmk", "wpmm", "ito", "spm", "share", "shared", "sharetype",
        "via", "ref_src", "ref_url", "referrer", "rss", "feedtype", "cid", "soc_src",
        "soc_trk", "trk", "trkcampaign", "tracking", "mbid", "guccounter", "xtor",
        "at_medium", "at_campaign", "icid", "intcmp", "int_source", "src", "campaign_id",
    }
)  # fmt: skip
TRACKING_PREFIXES = (
    "utm_",
    "ns_",
    "at_",
    "hsa_",
    "pk_",
    "mtm_",
    "matomo_",
    "__hs",
    "guce_",
    "oly_",
)
AMP_PARAMS = {"amp": {"", "1", "true", "yes"}, "outputtype": {"amp"}, "amp_js_v": None}
# A ``ref`` value that names a referrer (a word or a host) is tracking; a number is content.
_REFERRER_LABEL = re.compile(r"^[A-Za-z][\w.\-]*$")

MOBILE_LABELS = ("m", "mobile", "amp", "mobi")
# Second-level labels under which country TLDs register names (bbc.co.uk, abc.net.au).
_COUNTRY_SLDS = frozenset(
    {"co", "com", "net", "org", "gov", "ac", "edu", "ne", "or", "go", "gob", "nic", "mil", "ltd", "plc", "gv", "nom", "sch"}
)  # fmt: skip

_AMP_CACHE_HOST = re.compile(r"^[a-z0-9-]+\.cdn\.ampproject\.org$")
_AMP_HTML = re.compile(r"\.amp\.html?$", re.I)
_PERCENT = re.compile(r"%([0-9A-Fa-f]{2})")
_STRAY_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
# Characters RFC 3986 leaves unencoded in a path, and in a query component.
_PATH_SAFE = "/:@!$&'()*+,;=-._~"
_QUERY_SAFE = "/:@!$'()*+,;?-._~"
_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")


def canonicalize_url(url: str, *, page_canonical: str | None = None) -> str:
    """The canonical spelling of ``url``; ``page_canonical`` wins when it is trustworthy."""
    url = url.strip()
    canonical = _canonical_web_url(url)
    if page_canonical:
        preferred = _trusted_page_canonical(canonical, page_canonical.strip())
        if preferred is not None:
            return preferred
    return canonical if canonical is not None else url


def canonical_page_url(source_url: str | None, page_canonical: str | None) -> str | None:
    """The canonical http(s) URL of a copy fetched from ``source_url`` (or read from a
    document, ``file:``), or None when it has none. A document's stated original URL
    (``page_canonical``) is trusted whatever its site, since no fetched URL contradicts it."""
    source = (source_url or "").strip()
    if _canonical_web_url(source) is not None:
        return canonicalize_url(source, page_canonical=page_canonical)
    if page_canonical:
        return _canonical_web_url(page_canonical.strip())
    return None


def domain_of(url: str | None) -> str | None:
    """The host without ``www.`` and mobile/AMP labels, e.g. ``bbc.co.uk``; None if not http(s)."""
    if not url:
        return None
    canonical = _canonical_web_url(url.strip())
    if canonical is None:
        return None
    host = urlsplit(canonical).hostname or ""
    return host.removeprefix("www.") or None


def site_of(url: str | None) -> str | None:
    """The registrable domain (``bbc.co.uk``, ``nytimes.com``): what "same site" compares."""
    host = domain_of(url)
    if host is None:
        return None
    labels = host.split(".")
    if _is_ip_address(host) or len(labels) <= 2:
        return host
    keep = 3 if len(labels[-1]) == 2 and labels[-2] in _COUNTRY_SLDS else 2
    return ".".join(labels[-keep:])


def _trusted_page_canonical(canonical: str | None, page_canonical: str) -> str | None:
    """``page_canonical`` as canonical URL, or None when it must not be trusted:
    not absolute http(s), another site, or the home page of a page that is not one."""
    candidate = _canonical_web_url(page_canonical)
    if candidate is None or canonical is None:
        return None
    if site_of(candidate) != site_of(canonical):
        return None
    if _is_home_page(candidate) and not _is_home_page(canonical):
        return None
    return candidate


def _is_home_page(url: str) -> bool:
    parts = urlsplit(url)
    return parts.path in ("", "/") and not parts.query


def _canonical_web_url(url: str) -> str | None:
    """The canonical form of an absolute http(s) URL, or None for anything else."""
    try:
        parts = urlsplit(url)
        if parts.scheme.lower() not in WEB_SCHEMES or not parts.hostname:
            return None
        parts = _unwrap_amp_cache(parts)
        scheme = parts.scheme.lower()
        host = _canonical_host(parts.hostname)
        port = parts.port
    except ValueError:
        return None
    if host is None:
        return None
    if ":" in host:
        host = f"[{host}]"  # IPv6 literal
    netloc = host if port in (None, DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    path = _canonical_path(parts.path)
    query = _canonical_query(parts.query)
    return urlunsplit((scheme, netloc, path, query, ""))


def _unwrap_amp_cache(parts):
    """``https://www.google.com/amp/s/site/x`` and ``site-x.cdn.ampproject.org/c/s/site/x``
    are caches of ``https://site/x``."""
    host = (parts.hostname or "").lower()
    segments = parts.path.split("/")[1:]
    if _AMP_CACHE_HOST.match(host):
        while segments and segments[0] in ("c", "v", "i", "r", "wp"):
            segments = segments[1:]
    elif host in ("google.com", "www.google.com") and segments[:1] == ["amp"]:
        segments = segments[1:]
    else:
        return parts
    scheme = "http"
    if segments[:1] == ["s"]:
        scheme, segments = "https", segments[1:]
    inner = urlsplit(f"{scheme}://{'/'.join(segments)}")
    if not inner.hostname or "." not in inner.hostname:
        return parts
    return inner._replace(query=inner.query or parts.query)


def _canonical_host(hostname: str) -> str | None:
    host = hostname.strip().rstrip(".").lower()
    if not host:
        return None
    if _is_ip_address(host):
        return host
    try:
        host = host.encode("idna").decode("ascii")
    except UnicodeError:
        if not host.isascii():
            return None
    labels = host.split(".")
    if len(labels) >= 3 and labels[0] in MOBILE_LABELS:
        # m.example.com -> www.example.com; en.m.wikipedia.org -> en.wikipedia.org
        labels[0] = "www"
    elif len(labels) >= 4 and labels[1] in MOBILE_LABELS:
        del labels[1]
    return ".".join(labels)


def _is_ip_address(host: str) -> bool:
    return host.replace(".", "").isdigit() or ":" in host


def _canonical_path(path: str) -> str:
    path = _normalise_percent(path, _PATH_SAFE) or "/"
    path = _without_dot_segments(path)
    path = _AMP_HTML.sub(".html", path)
    segments = path.split("/")
    if len(segments) > 2 and segments[1].lower() == "amp":
        segments = [segments[0], *segments[2:]]  # /amp/2024/story -> /2024/story
    while len(segments) > 2 and segments[-1] == "":
        segments.pop()  # trailing slash
    if len(segments) > 2 and segments[-1].lower() == "amp":
        segments.pop()  # /story/amp -> /story
    return "/".join(segments) or "/"


def _without_dot_segments(path: str) -> str:
    if "/." not in path:
        return path
    normalised = posixpath.normpath(path)
    if path.endswith("/") and not normalised.endswith("/"):
        normalised += "/"
    return "/" + normalised.lstrip("/")


def _canonical_query(query: str) -> str:
    if not query:
        return ""
    pairs = [
        (key, value)
        for key, value in parse_qsl(query, keep_blank_values=True)
        if not _is_tracking(key, value) and not _is_amp_flag(key, value)
    ]
    pairs.sort()
    return "&".join(
        f"{quote(key, safe=_QUERY_SAFE)}={quote(value, safe=_QUERY_SAFE)}"
        if value
        else quote(key, safe=_QUERY_SAFE)
        for key, value in pairs
    )


def _is_tracking(key: str, value: str) -> bool:
    name = key.lower()
    if name in TRACKING_PARAMS or name.startswith(TRACKING_PREFIXES):
        return True
    return name == "ref" and bool(_REFERRER_LABEL.match(value))


def _is_amp_flag(key: str, value: str) -> bool:
    name = key.lower()
    if name not in AMP_PARAMS:
        return False
    values = AMP_PARAMS[name]
    return values is None or value.lower() in values


def _normalise_percent(text: str, safe: str) -> str:
    """Decode escapes of unreserved characters, upper-case the others' hex, and encode
    what must be (spaces, non-ASCII as UTF-8, a stray ``%``)."""
    if "%" in text:
        text = _PERCENT.sub(_decode_unreserved, text)
        text = _STRAY_PERCENT.sub("%25", text)
    return quote(text, safe=safe + "%")


def _decode_unreserved(match: re.Match) -> str:
    char = chr(int(match.group(1), 16))
    return char if char in _UNRESERVED else "%" + match.group(1).upper()
