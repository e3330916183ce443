import pytest
from viz_samples import build_large

from relgraph.graph.errors import UsageError
from relgraph.viz.static import render_static
from relgraph.viz.view import build_view


@pytest.mark.parametrize("layout", ["force", "geo", "circular"])
def test_png_is_written(sample, tmp_path, layout):
    path = render_static(build_view(sample, layout=layout), tmp_path / "view.png")
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_png_shows_something(sample, tmp_path):
    import matplotlib.image as mpimg
    import numpy as np
    img = mpimg.imread(render_static(build_view(sample), tmp_path / "v.png"))
    # Coloured (non-grey) pixels exist: nodes are drawn in country colours.
    rgb = img[..., :3]
    coloured = (rgb.max(axis=-1) - rgb.min(axis=-1)) > 0.2
    assert coloured.mean() > 0.002
    assert np.isclose(rgb[0, 0], 1.0).all()   # white background


def test_svg_renders_names_as_paths_not_markup(hostile, tmp_path):
    path = render_static(build_view(hostile, label_top=50), tmp_path / "v.svg")
    svg = path.read_text(encoding="utf-8")
    assert svg.lstrip().startswith("<?xml")
    assert "onerror" not in svg and "<script" not in svg.lower()
    assert "<dc:date>" not in svg            # reproducible: no timestamp


def test_images_are_reproducible(sample, tmp_path):
    view = build_view(sample)
    a = render_static(view, tmp_path / "a.png").read_bytes()
    b = render_static(view, tmp_path / "b.png").read_bytes()
    assert a == b


def test_unknown_image_format_is_a_usage_error(sample, tmp_path):
    with pytest.raises(UsageError, match="cannot write a .gif. image"):
        render_static(build_view(sample), tmp_path / "v.gif")


def test_large_graph_image(tmp_path):
    view = build_view(build_large(800))
    assert render_static(view, tmp_path / "big.png").stat().st_size > 10_000
