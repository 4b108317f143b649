"""prefect.yaml deploys to a real Prefect server, and a real process worker runs `demo`."""

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from prefect.client.orchestration import get_client
from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId

ROOT = Path(__file__).resolve().parents[1]
PREFECT = str(Path(sys.executable).parent / "prefect")
RUN_TIMEOUT_S = 420


@pytest.fixture(scope="module")
def deployed(prefect_api, tmp_path_factory):
    home = tmp_path_factory.mktemp("deploy")
    env = {
        **os.environ,
        "PREFECT_API_URL": prefect_api,
        "NEWSETL_WAREHOUSE": str(home / "demo.duckdb"),
    }
    prefect = lambda *args: subprocess.run(  # noqa: E731
        [PREFECT, "--no-prompt", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    created = prefect("work-pool", "create", "newsetl-process", "--type", "process", "--overwrite")
    assert created.returncode == 0, created.stdout + created.stderr
    deploy = prefect("deploy", "--all")
    assert deploy.returncode == 0, deploy.stdout + deploy.stderr
    log = (home / "worker.log").open("w")
    worker = subprocess.Popen(
        [PREFECT, "worker", "start", "--pool", "newsetl-process", "--limit", "1"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        yield home, deploy.stdout
    finally:
        worker.terminate()
        try:
            worker.wait(timeout=30)
        except subprocess.TimeoutExpired:
            worker.kill()
        log.close()


def test_deploy_all_registers_every_deployment_with_schedules(deployed):
    with get_client(sync_client=True) as client:
        deployments = {d.name: d for d in client.read_deployments()}
    assert {"demo", "maintenance", "moscow-times", "seeds"} <= set(deployments)
    assert deployments["maintenance"].schedules and deployments["moscow-times"].schedules
    assert all(d.work_pool_name == "newsetl-process" for d in deployments.values())


def test_a_worker_runs_the_demo_deployment_to_completed_with_artifacts(deployed):
    home, _ = deployed
    with get_client(sync_client=True) as client:
        demo = client.read_deployment_by_name("demo/demo")
        run = client.create_flow_run_from_deployment(demo.id)
        deadline = time.monotonic() + RUN_TIMEOUT_S
        while time.monotonic() < deadline:
            run = client.read_flow_run(run.id)
            if run.state and run.state.is_final():
                break
            time.sleep(2)
        log = (home / "worker.log").read_text()[-4000:]
        assert run.state and run.state.is_completed(), f"{run.state}\n{log}"
        artifacts = client.read_artifacts(
            artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[run.id]))
        )
    keys = {artifact.key for artifact in artifacts}
    assert {"ingest-counts", "ingest-failures"} <= keys
    assert (home / "demo.duckdb").exists()
