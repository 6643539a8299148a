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


SHARED = ("daemonset.yaml", "cluster-deployment.yaml")  # the fleet's shared modes (docs/deploy/fleet.md)


@pytest.mark.parametrize("name", SHARED)
def test_the_shared_deployments_pass_the_schema_and_are_scraped_per_pod(name: str) -> None:
    documents = list(yaml.safe_load_all((K8S / name).read_text()))
    for document in documents:
        kubernetes_validate.validate(document, VERSION, strict=True)
    workload = next(d for d in documents if d["kind"] in ("DaemonSet", "Deployment"))
    pod = workload["spec"]["template"]
    assert pod["metadata"]["annotations"]["prometheus.io/scrape"] == "true"  # each pod its own target
    (container,) = pod["spec"]["containers"]
    assert container["securityContext"]["readOnlyRootFilesystem"] is True
    assert {"name": "HEALTHD_LISTEN", "value": "0.0.0.0:9180"} in container["env"]
    kinds = {d["kind"] for d in documents}
    assert kinds == ({"DaemonSet"} if name == "daemonset.yaml" else {"Deployment", "Service", "PodDisruptionBudget"})


def test_a_runner_pod_reaches_the_node_healthd_through_the_downward_api() -> None:
    """The env the DaemonSet's header comment gives runner pods validates, and names status.hostIP."""
    header = (K8S / "daemonset.yaml").read_text().split("apiVersion:")[0]
    items = [line.removeprefix("#   ") for line in header.splitlines() if line.startswith("#     ")]  # under env:
    env = yaml.safe_load("env:\n" + "\n".join(items))["env"]
    runner = {"name": "runner", "image": "ghcr.io/your-org/ci-runner:latest", "env": env}
    pod = {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "runner"}, "spec": {"containers": [runner]}}
    kubernetes_validate.validate(pod, VERSION, strict=True)
    assert env[0]["valueFrom"]["fieldRef"]["fieldPath"] == "status.hostIP"
    assert env[1] == {"name": "HEALTHD_URL", "value": "http://$(HEALTHD_HOST):9180"}
