# Loss Advisor capture: put on PYTHONPATH by 'loss-advisor capture'. Installs an import hook that patches the loss
# functions of torch, torchvision and keras as they are imported, then runs the sitecustomize this one shadows.
import os
import sys

if os.environ.get("LOSS_ADVISOR_CAPTURE_DIR"):
    try:
        import loss_advisor_capture

        loss_advisor_capture.install()
    except Exception as e:  # never stop the user's program
        sys.stderr.write("loss-advisor capture: hooks not installed: %r (the run goes on)\n" % (e,))


def _chain():
    """Imports the next sitecustomize on the path (Debian's, a venv's), as if this one were not there."""
    import importlib.util

    here = os.path.dirname(os.path.abspath(__file__))
    me = sys.modules.get("sitecustomize")
    rest = [p for p in sys.path if os.path.abspath(p or ".") != here]
    spec = None
    for finder in sys.meta_path:
        find = getattr(finder, "find_spec", None)
        if find is None or getattr(finder, "_loss_advisor", False):
            continue
        try:
            spec = find("sitecustomize", rest)
        except Exception:
            spec = None
        if spec is not None:
            break
    if spec is None or spec.origin is None or os.path.abspath(spec.origin) == os.path.abspath(__file__):
        return
    module = importlib.util.module_from_spec(spec)
    sys.modules["sitecustomize"] = module
    try:
        spec.loader.exec_module(module)
    except Exception as e:
        sys.stderr.write("Error in sitecustomize; set PYTHONVERBOSE for traceback:\n%s: %s\n" % (type(e).__name__, e))
    finally:
        sys.modules["sitecustomize"] = me


_chain()
del _chain
