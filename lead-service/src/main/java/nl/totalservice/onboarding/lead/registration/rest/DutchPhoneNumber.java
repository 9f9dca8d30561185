package nl.totalservice.onboarding.lead.registration.rest;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import nl.totalservice.onboarding.lead.lead.PhoneNumber;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A Dutch phone number (06-12345678, 020 123 4567, +31 6 12345678, ...); null or blank is allowed. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = DutchPhoneNumber.Validator.class)
public @interface DutchPhoneNumber {

    String message() default "must be a Dutch phone number like 06-12345678, 020 123 4567 or +31 6 12345678";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<DutchPhoneNumber, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isBlank() || PhoneNumber.isValid(value);
        }
    }
}
