# Aftercare: a static binary on a distroless base, run as a non-root user.
# The IANA time zone database is compiled into the binary (time/tzdata), so
# the image needs nothing else.

FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/aftercare ./cmd/aftercare

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/aftercare /aftercare
USER nonroot:nonroot
# /healthz and /metrics, when METRICS_ADDR is :9090.
EXPOSE 9090
ENTRYPOINT ["/aftercare"]
