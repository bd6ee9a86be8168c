package nl.doorbraak.common;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * Whether a typed contact is an e-mail address or a phone number. E-mail: one address as Jakarta Mail parses it
 * strictly, with a dot in its domain; phone: a valid number for libphonenumber, Dutch when it has no country code.
 */
public final class ContactAddress {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private ContactAddress() {
    }

    public static boolean isEmailOrPhone(String value) {
        String typed = value.strip();
        return typed.contains("@") ? isEmail(typed) : isPhone(typed);
    }

    static boolean isEmail(String typed) {
        try {
            InternetAddress address = new InternetAddress(typed, true);
            address.validate();
            String domain = address.getAddress().substring(address.getAddress().lastIndexOf('@') + 1);
            return address.getAddress().equals(typed) && domain.contains(".") && !domain.endsWith(".");
        } catch (AddressException notAnAddress) {
            return false;
        }
    }

    static boolean isPhone(String typed) {
        try {
            return PHONES.isValidNumber(PHONES.parse(typed, "NL"));
        } catch (NumberParseException notANumber) {
            return false;
        }
    }
}
