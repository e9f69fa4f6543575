# The Payara Server console (DAS) that administers Ordertrail's instances. Build the artifacts first
# (mvn verify, or server-config/console/das.sh once, unpacks the distribution into target/console), then:
#   docker build -f docker/console.Dockerfile -t ordertrail-console .
# compose.yaml runs it with the profile "console". The admin password comes from ORDERTRAIL_CONSOLE_ADMIN_PASSWORD,
# or is generated on the first start and kept in the volume (/var/lib/ordertrail-console/admin-password).
FROM eclipse-temurin:17-jdk

COPY target/console/payara6 /opt/payara6
COPY server-config/console/das.sh /opt/ordertrail/server-config/console/das.sh

ENV PAYARA_SERVER_HOME=/opt/payara6 \
    ORDERTRAIL_CONSOLE_DIR=/var/lib/ordertrail-console \
    ORDERTRAIL_CONSOLE_SECURE_ADMIN=true
# admin console and REST (HTTPS with secure admin), and the data grid the instances join
EXPOSE 20048 20049

CMD ["bash", "/opt/ordertrail/server-config/console/das.sh", "run"]
