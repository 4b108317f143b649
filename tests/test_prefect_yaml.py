"""prefect.yaml stays loadable and in step with sources.yaml."""

import importlib.util
from pathlib import Path

import yaml
from prefect import Flow

from newsetl.sources_config import load_sources

ROOT = Path(__file__).resolve().parents[1]
DEPLOYMENTS = yaml.safe_load((ROOT / "prefect.yaml").read_text())["deployments"]


def _flow_at(entrypoint: str) -> object:
    path, name = entrypoint.split(":")
    spec = importlib.util.spec_from_file_location(Path(path).stem, ROOT / path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return getattr(module, name)


def test_every_deployment_points_at_a_flow_on_the_process_pool():
    for deployment in DEPLOYMENTS:
        assert isinstance(_flow_at(deployment["entrypoint"]), Flow), deployment["name"]
        assert deployment["work_pool"]["name"] == "newsetl-process"


def test_there_is_a_demo_deployment_and_a_scheduled_one():
    names = {d["name"] for d in DEPLOYMENTS}
    assert {"demo", "maintenance"} <= names
    assert any(d.get("schedules") for d in DEPLOYMENTS)


def test_each_configured_source_has_a_deployment_on_its_schedule():
    by_source = {
        d["parameters"]["name"]: d
        for d in DEPLOYMENTS
        if d["entrypoint"].endswith(":ingest_source")
    }
    sources = load_sources(ROOT / "sources.yaml")
    assert set(by_source) == set(sources)
    for name, source in sources.items():
        (schedule,) = by_source[name]["schedules"]
        if source.schedule.cron:
            assert schedule["cron"] == source.schedule.cron
        else:
            assert schedule["interval"] == source.schedule.interval
