/** Small code bases that keep, or each break one of, the architecture rules, to show that the rules see it. */
package nl.totalservice.onboarding.archfixture;
