package vn.xkmt.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The web application for appraisal teams ({@code xkmt serve}). Only this package is scanned. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WebApp {

    public static void main(String[] args) {
        SpringApplication.run(WebApp.class, args);
    }
}
