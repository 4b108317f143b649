from newsetl.archive import PageArchive


def test_pages_are_stored_once_by_content_and_read_back(tmp_path):
    archive = PageArchive(tmp_path)
    key = archive.put("<p>Привет — hello</p>")
    assert archive.put("<p>Привет — hello</p>") == key
    assert key in archive and archive.get(key) == "<p>Привет — hello</p>"
    assert len(list(tmp_path.rglob("*.html.gz"))) == 1
    assert not list(tmp_path.rglob("tmp*"))
