# syntax=docker/dockerfile:1
# The VRSS silo image: one Orleans silo with its web front and the PWA (src/Client, when it exists).
#
#   docker build -t vrss/silo:0.1.0 .
#
# NOT built or run on the machines this was written on (no container engine there): see README, "Operating VRSS".

# --- The client (PWA). Built only when src/Client/package.json exists (`npm ci && npm run build`, output in its
# dist/), so an API-only checkout still builds. `src/Clien[t]` is a wildcard so COPY succeeds when the folder is
# absent (the script beside it is always there); the stage then yields an empty folder.
FROM node:20-bookworm-slim AS client
WORKDIR /client
COPY deploy/container/build-client.sh src/Clien[t] ./
RUN sh ./build-client.sh /out

# --- The silo. Project files first, so the restore layer is reused while only sources change.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /repo
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/GrainInterfaces/Vrss.GrainInterfaces.csproj src/GrainInterfaces/
COPY src/Grains/Vrss.Grains.csproj src/Grains/
COPY src/WebFront/Vrss.WebFront.csproj src/WebFront/
COPY src/Silo/Vrss.Silo.csproj src/Silo/
RUN dotnet restore src/Silo/Vrss.Silo.csproj
# src/Client is built by the client stage (this stage has no Node): BuildClient=false skips the silo's client target.
COPY src/ src/
# The schema migrations are embedded into Vrss.Grains from deploy/sql.
COPY deploy/sql/ deploy/sql/
RUN dotnet publish src/Silo/Vrss.Silo.csproj -c Release --no-restore -o /app /p:UseAppHost=false /p:BuildClient=false

# --- The runtime: ASP.NET Core only, no SDK, no Node.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# The PWA, served by the web front from wwwroot beside the app (hashed assets cached for a year, the SPA fallback).
COPY --from=client /out ./wwwroot/
# The web front listens on 8080 on every interface inside the container: set here because the silo otherwise
# defaults to http://localhost:5080 (unreachable from outside a container). 11111 (silo) and 30000 (Orleans
# gateway) carry grain calls: publish them to other silos only, never to clients.
ENV ASPNETCORE_URLS=http://+:8080 \
    DOTNET_NOLOGO=1
EXPOSE 8080 11111 30000
# The images' unprivileged "app" user (uid 1654); nothing in the image is writable by it.
USER 1654:1654
# Liveness only (the process answers): readiness depends on the cluster and is the orchestrator's business.
# bash's /dev/tcp, because the ASP.NET image ships neither curl nor wget and adding them widens the image.
HEALTHCHECK --interval=15s --timeout=3s --start-period=120s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /health/live HTTP/1.0\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["dotnet", "Vrss.Silo.dll"]
