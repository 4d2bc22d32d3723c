package vn.xkmt.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/**
 * The web application as in production: without the {@code demo} profile (so without the demo
 * accounts), with an hourly upload limit of {@value #UPLOADS_PER_HOUR}, on its own in-memory
 * database and a random port. Every class with this annotation shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = WebApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:xkmt-nodemo;DB_CLOSE_DELAY=-1",
        "xkmt.web.uploads-per-hour=" + WithoutDemoProfile.UPLOADS_PER_HOUR})
@AutoConfigureMockMvc
@ActiveProfiles("test")
public @interface WithoutDemoProfile {

    int UPLOADS_PER_HOUR = 3;
}
