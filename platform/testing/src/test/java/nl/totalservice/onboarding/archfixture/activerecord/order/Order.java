package nl.totalservice.onboarding.archfixture.activerecord.order;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An active-record entity. */
public class Order extends PanacheEntityBase {

    public String id;
}
