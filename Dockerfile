# healthd sidecar image: docker build -t healthd . && docker run --network host healthd
FROM python:3.11-slim AS build
WORKDIR /src
COPY pyproject.toml README.md strategies.yaml ./
COPY healthd ./healthd
RUN pip wheel --no-cache-dir --wheel-dir /wheels .

FROM python:3.11-slim
RUN useradd --system --no-create-home healthd
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir /wheels/*.whl && rm -rf /wheels
COPY strategies.yaml /etc/healthd/strategies.yaml
USER healthd
ENV HEALTHD_CONFIG=/etc/healthd/strategies.yaml PYTHONUNBUFFERED=1
EXPOSE 9180
HEALTHCHECK --interval=30s --timeout=3s CMD ["python", "-c", "import urllib.request,sys; sys.exit(urllib.request.urlopen('http://127.0.0.1:9180/healthz', timeout=2).status != 200)"]
ENTRYPOINT ["healthd"]
CMD ["serve"]
