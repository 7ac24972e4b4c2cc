"""The example notebooks run top to bottom without error, and are stored with their outputs stripped."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")

NOTEBOOKS = sorted((Path(__file__).resolve().parents[1] / "examples" / "notebooks").glob("*.ipynb"))


def test_the_three_notebooks_are_there() -> None:
    assert [p.name for p in NOTEBOOKS] == ["01_one_firm.ipynb", "02_portfolio.ipynb", "03_what_if.ipynb"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_is_stored_without_outputs(path: Path) -> None:
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [], f"{path.name}: a cell has stored outputs (strip them)"
            assert cell.execution_count is None, f"{path.name}: a cell has an execution count (strip it)"
    assert nb.metadata.get("kernelspec", {}).get("name") == "python3"


@pytest.fixture(scope="module")
def python3_kernel(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The ``python3`` kernel: the installed one, else a kernelspec for this interpreter in a temp dir.

    A fresh venv with ipykernel normally has ``<venv>/share/jupyter/kernels/python3``; where it does not (a
    wheel without data files, an unusual prefix), the kernelspec is installed into a temp prefix (its argv is
    ``sys.executable``) and put on ``JUPYTER_PATH`` for the duration of these tests.
    """
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel

    try:
        KernelSpecManager().get_kernel_spec("python3")
    except NoSuchKernel:
        from ipykernel.kernelspec import install

        prefix = tmp_path_factory.mktemp("jupyter")
        install(prefix=str(prefix), kernel_name="python3")
        with pytest.MonkeyPatch.context() as mp:
            mp.setenv("JUPYTER_PATH", str(prefix / "share" / "jupyter"))
            assert Path(KernelSpecManager().get_kernel_spec("python3").argv[0]).name.startswith("python")
            yield "python3"
        return
    yield "python3"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_runs_top_to_bottom(path: Path, python3_kernel: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MPLBACKEND", "Agg")
    nb = nbformat.read(path, as_version=4)
    client = nbclient.NotebookClient(nb, timeout=300, kernel_name=python3_kernel,
                                     resources={"metadata": {"path": str(path.parent)}})
    client.execute()  # raises CellExecutionError naming the failing cell
    for cell in nb.cells:
        if cell.cell_type == "code":
            errors = [o for o in cell.outputs if o.output_type == "error"]
            assert not errors, f"{path.name}: {errors[0].ename}: {errors[0].evalue}"
