package nl.totalservice.onboarding.archfixture.cycle.b;

import nl.totalservice.onboarding.archfixture.cycle.a.A;

public class B {

    A partner;
}
