"""``sources.yaml``: the named sources polled on a schedule.

    sources:
      herald:
        kind: feed                 # feed | sitemap | url_list | documents
        location: https://www.herald.example/rss.xml
        schedule: {cron: "*/30 * * * *", timezone: UTC}   # or {interval: 3600}
        politeness_delay_s: 2      # optional per-source settings
        concurrency: 2
        refresh: {recheck_days: 7} # re-check recent articles for edits

Invalid configuration raises ``SourcesConfigError`` naming the source and field.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

SourceKindName = Literal["feed", "sitemap", "url_list", "documents"]
_NAME = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")
_CRON_FIELD = re.compile(r"^[\d*/,\-A-Za-z?LW#]+$")


class SourcesConfigError(ValueError):
    """The sources file is invalid; the message names the source and the field."""


class Schedule(BaseModel):
    model_config = ConfigDict(extra="forbid")

    cron: str | None = None
    interval: int | None = Field(None, ge=60, description="seconds between runs")
    timezone: str = "UTC"

    @field_validator("cron")
    @classmethod
    def _cron_has_five_fields(cls, value: str | None) -> str | None:
        if value is None:
            return value
        fields = value.split()
        if len(fields) != 5 or not all(_CRON_FIELD.match(field) for field in fields):
            raise ValueError(f"not a five-field cron expression: {value!r}")
        return value

    @model_validator(mode="after")
    def _exactly_one_kind(self) -> Schedule:
        if (self.cron is None) == (self.interval is None):
            raise ValueError("give exactly one of 'cron' or 'interval'")
        return self


class Refresh(BaseModel):
    model_config = ConfigDict(extra="forbid")

    recheck_days: int = Field(7, ge=0, description="re-check articles this young for edits")


class SourceConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    kind: SourceKindName
    location: str
    schedule: Schedule
    politeness_delay_s: float = Field(1.0, ge=0)
    concurrency: int = Field(2, ge=1, le=16)
    refresh: Refresh = Field(default_factory=Refresh)
    enabled: bool = True

    @field_validator("location")
    @classmethod
    def _location_not_empty(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must not be empty")
        return value.strip()

    @model_validator(mode="after")
    def _location_fits_kind(self) -> SourceConfig:
        remote = self.location.startswith(("http://", "https://"))
        if self.kind in ("feed", "sitemap") and not remote:
            raise ValueError(f"a {self.kind} location must be an http(s) URL")
        if self.kind == "documents" and remote:
            raise ValueError("a documents location must be a local file or folder")
        return self


class SourcesFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    sources: dict[str, SourceConfig]

    @field_validator("sources")
    @classmethod
    def _names_are_slugs(cls, sources: dict[str, SourceConfig]) -> dict[str, SourceConfig]:
        for name in sources:
            if not _NAME.match(name):
                raise ValueError(
                    f"source name {name!r} must be lower-case letters, digits and dashes"
                )
        return sources


def load_sources(path: Path) -> dict[str, SourceConfig]:
    try:
        raw = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except OSError as error:
        raise SourcesConfigError(f"cannot read {path}: {error.strerror or error}") from error
    except yaml.YAMLError as error:
        raise SourcesConfigError(f"{path} is not valid YAML: {error}") from error
    return parse_sources(raw, origin=str(path))


def parse_sources(raw: object, origin: str = "sources.yaml") -> dict[str, SourceConfig]:
    try:
        return SourcesFile.model_validate(raw or {"sources": {}}).sources
    except ValidationError as error:
        raise SourcesConfigError(_describe(error, origin)) from None


def _describe(error: ValidationError, origin: str) -> str:
    problems = []
    for item in error.errors():
        location = [str(part) for part in item["loc"]]
        if location[:1] == ["sources"] and len(location) >= 2:
            where = f"source {location[1]!r}" + (
                f", field {'.'.join(location[2:])!r}" if len(location) > 2 else ""
            )
        else:
            where = "field " + repr(".".join(location) or "(top level)")
        problems.append(f"{where}: {item['msg']}")
    return f"{origin}: " + "; ".join(problems)
