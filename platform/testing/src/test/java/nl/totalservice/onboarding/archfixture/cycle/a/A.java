package nl.totalservice.onboarding.archfixture.cycle.a;

import nl.totalservice.onboarding.archfixture.cycle.b.B;

public class A {

    B partner;
}
