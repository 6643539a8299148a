"""deploy/k8s against the Kubernetes schemas (kubernetes-validate, strict: unknown fields are errors).

The Helm values snippet is not a resource: its template.spec is wrapped into a Pod and validated as one.
"""

from __future__ import annotations

from pathlib import Path

import kubernetes_validate
import pytest
import yaml

K8S = Path(__file__).resolve().parent.parent / "deploy" / "k8s"
VERSION = kubernetes_validate.latest_version()


def values_pod() -> dict:
    values = yaml.safe_load((K8S / "gha-runner-scale-set-values.yaml").read_text())
    template = values["template"]
    return {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "runner", **template["metadata"]}, **template}


def deployment_pod() -> dict:
    (deployment,) = yaml.safe_load_all((K8S / "deployment.yaml").read_text())
    return deployment["spec"]["template"]


def sidecar(pod: dict) -> dict:
    (container,) = [c for c in pod["spec"]["initContainers"] if c["name"] == "healthd"]
    return container


def test_every_manifest_passes_the_schema() -> None:
    for document in yaml.safe_load_all((K8S / "deployment.yaml").read_text()):
        kubernetes_validate.validate(document, VERSION, strict=True)
    kubernetes_validate.validate(values_pod(), VERSION, strict=True)


def test_the_validation_can_fail() -> None:
    pod = values_pod()
    sidecar(pod)["securityContext"]["readOnlyRootFilesytem"] = True  # a typo strict validation must catch
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(pod, VERSION, strict=True)


@pytest.mark.parametrize("pod", [values_pod(), deployment_pod()], ids=["scale-set values", "deployment"])
def test_the_sidecar_is_locked_down_probed_and_configured(pod: dict) -> None:
    healthd = sidecar(pod)
    assert healthd["restartPolicy"] == "Always", "a native sidecar: the ephemeral runner pod can complete"
    context = healthd["securityContext"]
    assert context["runAsNonRoot"] and context["readOnlyRootFilesystem"]
    assert context["allowPrivilegeEscalation"] is False and context["capabilities"]["drop"] == ["ALL"]
    assert healthd["readinessProbe"]["httpGet"]["path"] == "/readyz"
    assert healthd["livenessProbe"]["httpGet"]["path"] == "/healthz"
    assert healthd["resources"]["requests"]["memory"] and healthd["resources"]["limits"]["memory"]
    # the image reads /etc/healthd/strategies.yaml (HEALTHD_CONFIG): the ConfigMap is mounted there
    mount, state = healthd["volumeMounts"]
    (volume,) = [v for v in pod["spec"]["volumes"] if v["name"] == mount["name"]]
    assert mount["mountPath"] == "/etc/healthd" and volume["configMap"]["name"] == "healthd-config"
    # the image's state path (STATE_DIRECTORY in the Dockerfile) is writable: an emptyDir, kept across restarts
    (volume,) = [v for v in pod["spec"]["volumes"] if v["name"] == state["name"]]
    assert state["mountPath"] == "/var/lib/healthd" and "emptyDir" in volume and not state.get("readOnly")
    runner = pod["spec"]["containers"][0]
    assert {"name": "HEALTHD_URL", "value": "http://127.0.0.1:9180"} in runner["env"]


def test_both_examples_run_the_same_sidecar() -> None:
    assert sidecar(values_pod()) == sidecar(deployment_pod())
