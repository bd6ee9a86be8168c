package nl.doorbraak;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Doorbraak: one system for the doorbraaktafels, actietafels and leertafels of Dutch regions. */
@SpringBootApplication
@EnableScheduling
public class DoorbraakApplication {

    public static void main(String[] args) {
        SpringApplication.run(DoorbraakApplication.class, args);
    }
}
