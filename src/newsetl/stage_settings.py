"""Each stage's own settings, derived from the one application ``Settings``."""

from __future__ import annotations

from newsetl.fetch import FetchSettings
from newsetl.nlp import NLPSettings
from newsetl.settings import Settings


def fetch_settings(settings: Settings) -> FetchSettings:
    return FetchSettings(
        contact=settings.contact,
        per_host_concurrency=settings.per_host_concurrency,
        per_host_delay_s=settings.per_host_delay_s,
        total_timeout_s=settings.fetch_timeout_s,
        connect_timeout_s=settings.fetch_connect_timeout_s,
        read_timeout_s=settings.fetch_read_timeout_s,
        max_attempts=settings.fetch_max_attempts,
        global_concurrency=settings.global_concurrency,
        host_failure_limit=settings.host_failure_limit,
        max_body_bytes=settings.max_body_bytes,
        max_decoded_bytes=settings.max_decoded_bytes,
        obey_robots=settings.obey_robots,
        allow_private_networks=settings.allow_private_networks,
        connect_to={key: tuple(value) for key, value in settings.connect_to.items()},
    )


def nlp_settings(settings: Settings) -> NLPSettings:
    return NLPSettings(model=settings.nlp_model, n_process=settings.nlp_processes)
