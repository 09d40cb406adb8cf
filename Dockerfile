# Gloss server image. Build:  docker build -t gloss .
# Run:   docker run -p 8080:8080 -e GLOSS_ADMIN_KEY=... \
#          -e GLOSS_DB_URL=jdbc:postgresql://db:5432/gloss -e GLOSS_DB_USER=gloss -e GLOSS_DB_PASSWORD=... gloss
# The image is built for PostgreSQL (production); --build-arg DB_KIND=h2 builds the embedded-H2 variant,
# which keeps its data in /app/data (mount a volume there).

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
COPY templates templates
ARG DB_KIND=postgresql
RUN mvn -B -q package -DskipTests -Dquarkus.datasource.db-kind=${DB_KIND}

FROM eclipse-temurin:17-jre
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home-dir /app gloss \
 && mkdir -p /app/data && chown gloss /app/data
WORKDIR /app
COPY --from=build --chown=gloss /build/target/quarkus-app/ /app/
USER gloss
EXPOSE 8080
ENV JAVA_OPTS_APPEND="-XX:MaxRAMPercentage=75"
HEALTHCHECK --interval=30s --timeout=3s --start-period=30s \
  CMD curl -fsS http://localhost:8080/q/health/ready || exit 1
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS_APPEND -jar /app/quarkus-run.jar"]
