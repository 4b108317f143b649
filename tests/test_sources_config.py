import pytest

from newsetl.sources_config import SourcesConfigError, load_sources, parse_sources


def config(**source):
    base = {
        "kind": "feed",
        "location": "https://news.example/rss.xml",
        "schedule": {"cron": "0 * * * *"},
    }
    return {"sources": {"herald": {**base, **source}}}


def test_a_valid_file_gives_typed_sources_with_defaults():
    sources = parse_sources(config(politeness_delay_s=3, refresh={"recheck_days": 2}))
    herald = sources["herald"]
    assert herald.kind == "feed" and herald.schedule.cron == "0 * * * *"
    assert (
        herald.politeness_delay_s == 3
        and herald.concurrency == 2
        and herald.refresh.recheck_days == 2
    )


def test_interval_schedules_are_accepted():
    assert parse_sources(config(schedule={"interval": 3600}))["herald"].schedule.interval == 3600


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"kind": "podcast"}, "source 'herald', field 'kind'"),
        ({"schedule": {"cron": "every hour"}}, "source 'herald', field 'schedule.cron'"),
        (
            {"schedule": {"cron": "0 * * * *", "interval": 600}},
            "exactly one of 'cron' or 'interval'",
        ),
        ({"schedule": {"interval": 5}}, "field 'schedule.interval'"),
        ({"concurrency": 0}, "field 'concurrency'"),
        ({"location": "/tmp/feed.xml"}, "feed location must be an http(s) URL"),
        ({"politness_delay_s": 1}, "field 'politness_delay_s'"),
    ],
)
def test_invalid_configuration_names_the_source_and_the_field(change, message):
    with pytest.raises(SourcesConfigError, match=message.replace("(", r"\(").replace(")", r"\)")):
        parse_sources(config(**change))


def test_bad_names_and_bad_yaml_are_reported(tmp_path):
    with pytest.raises(SourcesConfigError, match="lower-case"):
        parse_sources({"sources": {"Bad Name": config()["sources"]["herald"]}})
    broken = tmp_path / "sources.yaml"
    broken.write_text("sources: [unclosed")
    with pytest.raises(SourcesConfigError, match="not valid YAML"):
        load_sources(broken)
    with pytest.raises(SourcesConfigError, match="cannot read"):
        load_sources(tmp_path / "missing.yaml")
