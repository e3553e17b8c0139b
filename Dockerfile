# syntax=docker/dockerfile:1
# Tandem in a container: the same Payara Micro jar, WAR, PostgreSQL driver and pre-boot commands as bin/run.
#   docker build -t tandem .
#   docker run -p 8080:8080 -v tandem-data:/data -e TANDEM_ADMIN_USER=admin -e TANDEM_ADMIN_PASSWORD=... tandem

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
COPY src src
# The cache mount keeps the Maven repository between builds (BuildKit); Maven fetches Payara Micro too.
RUN --mount=type=cache,target=/root/.m2 mvn -B -q -DskipTests package

FROM eclipse-temurin:17-jre
RUN groupadd --system tandem && useradd --system --gid tandem --home-dir /opt/tandem tandem \
    && mkdir -p /opt/tandem /data && chown tandem:tandem /data
WORKDIR /opt/tandem
COPY --from=build /src/target/payara-micro.jar /src/target/ROOT.war ./
COPY --from=build /src/target/server-lib/ ./server-lib/
COPY server-config/ ./server-config/

ENV TANDEM_DATA_DIR=/data \
    TANDEM_DEMO_DATA=false \
    JAVA_OPTS="-Xmx512m -XX:+UseSerialGC"
VOLUME /data
EXPOSE 8080
USER tandem

# Ready means migrations ran and the database answers. Plain bash (/dev/tcp): the JRE image needs no curl.
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 CMD ["bash", "-c", \
    "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /health/ready HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]

ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar payara-micro.jar --deploy ROOT.war --port 8080 --nocluster --disablephonehome --addlibs server-lib/postgresql.jar --prebootcommandfile server-config/pre-boot-commands.asadmin \"$@\"", "tandem"]
