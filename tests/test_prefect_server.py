import httpx


def test_the_locked_prefect_server_starts_and_serves_its_api(prefect_server):
    assert httpx.get(f"{prefect_server}/health", timeout=5).json() is True
    version = httpx.get(f"{prefect_server}/admin/version", timeout=5).json()
    assert version.startswith("3.")
