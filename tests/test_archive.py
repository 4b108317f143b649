from newsetl.archive import PageArchive


def test_pages_are_stored_once_by_content_and_read_back(tmp_path):
    archive = PageArchive(tmp_path)
    body = "<p>Привет — hello</p>".encode("cp1251", errors="replace")
    key = archive.put(body)
    assert archive.put(body) == key
    assert key in archive and archive.get(key) == body
    assert len(list(tmp_path.rglob("*.gz"))) == 1
    assert not list(tmp_path.rglob("tmp*"))
