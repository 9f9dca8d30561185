package nl.totalservice.onboarding.portal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The portal's texts in English; {@code messages/msg_nl.properties} has them in Dutch. Templates: {@code {msg:key}}. */
@MessageBundle
public interface Msg {

    @Message("Total service portal")
    String app_name();

    @Message("Development sign-in: anyone can sign in as anyone. Not for production.")
    String dev_banner();

    @Message("Skip to content")
    String skip();

    @Message("Sign in")
    String sign_in();

    @Message("Sign out")
    String sign_out();

    @Message("Role")
    String role();

    @Message("{#when r}{#is 'PARTNER'}Partner firm{#is 'COORDINATOR'}Coordinator{#is 'SALES'}Sales{#else}{r}{/when}")
    String role_name(String r);

    @Message("Email (optional)")
    String email_optional();

    @Message("Partner firm (for the partner role)")
    String partner_firm();

    @Message("Choose a firm")
    String choose_firm();

    @Message("Choose a role")
    String choose_role();

    @Message("Signed in as {who}")
    String signed_in_as(String who);

    @Message("Nederlands")
    String other_language();

    @Message("nl")
    String other_language_code();

    @Message("{service} is not available right now: this part of the page cannot be shown. Try again in a moment.")
    String unavailable(String service);

    @Message("Not found.")
    String not_found();

    @Message("Main menu")
    String nav();

    @Message("My tasks")
    String nav_tasks();

    @Message("Queue")
    String nav_queue();

    @Message("Calls")
    String nav_calls();

    @Message("Overdue and declined")
    String nav_attention();

    @Message("Partners")
    String nav_partners();

    @Message("Fairness")
    String nav_fairness();

    @Message("My leads")
    String nav_leads();

    @Message("New lead")
    String nav_new_lead();

    @Message("Interest report")
    String nav_interest();

    @Message("New: waiting for your answer")
    String new_tasks();

    @Message("Your other tasks")
    String other_tasks();

    @Message("No tasks.")
    String no_tasks();

    @Message("Urgent")
    String urgent();

    @Message("Overdue")
    String overdue();

    @Message("Accept by {at}")
    String accept_by(String at);

    @Message("{#when unit}{#is 'PASSED'}deadline passed{#is 'MINUTES'}{n} min left{#is 'HOURS'}{n} h left{#else}{n} days left{/when}")
    String time_left(String unit, long n);

    @Message("Customer")
    String customer();

    @Message("Contact person")
    String contact_person();

    @Message("Email")
    String email();

    @Message("Phone")
    String phone();

    @Message("Place")
    String place();

    @Message("The customer's contact details appear once you accept.")
    String contact_after_accept();

    @Message("What sales discussed, or why we chose you")
    String discussed();

    @Message("Notes: what sales discussed, or the matching explanation")
    String notes();

    @Message("Sales contact")
    String sales_contact();

    @Message("Status")
    String status();

    @Message("{#when s}{#is 'OPEN'}Open{#is 'ASSIGNED'}New{#is 'ACCEPTED'}Accepted{#is 'CUSTOMER_CONTACTED'}Customer contacted{#is 'COMPLETED'}Completed{#is 'CANCELLED'}Cancelled{#is 'REGISTERED'}Registered{#is 'INTERESTED'}Interested{#is 'NOT_INTERESTED'}Not interested{#is 'PARTNER_CONFIRMED'}Partner confirmed{#is 'ONBOARDED'}Onboarded{#is 'WITHDRAWN'}Withdrawn{#is 'DONE'}Done{#is 'CLOSED'}Closed{#else}{s}{/when}")
    String state(String s);

    @Message("Accept")
    String accept();

    @Message("Decline")
    String decline();

    @Message("Reason")
    String reason();

    @Message("Note")
    String note();

    @Message("{#when r}{#is 'NO_CAPACITY'}No room for new customers{#is 'OUTSIDE_REGION'}Customer too far away{#is 'EXPERTISE_MISMATCH'}Not our expertise{#is 'CONFLICT_OF_INTEREST'}Conflict of interest{#is 'UNAVAILABLE'}Closed or on holiday{#is 'OTHER'}Other (explain in the note){#else}{r}{/when}")
    String decline_reason(String r);

    @Message("Record contact with the customer")
    String record_contact();

    @Message("How")
    String channel();

    @Message("{#when c}{#is 'PHONE'}Phone{#is 'EMAIL'}Email{#is 'MEETING'}Meeting{#is 'VIDEO_CALL'}Video call{#else}{c}{/when}")
    String channel_name(String c);

    @Message("Complete")
    String complete();

    @Message("Outcome")
    String outcome();

    @Message("{#when o}{#is 'CUSTOMER_PROCEEDS'}Customer goes ahead{#is 'CUSTOMER_UNDECIDED'}Customer wants more time{#is 'CUSTOMER_NOT_INTERESTED'}Customer no longer interested{#is 'CUSTOMER_UNREACHABLE'}Could not reach the customer{#is 'OTHER'}Other (explain in the note){#else}{o}{/when}")
    String outcome_name(String o);

    @Message("Save")
    String save();

    @Message("Back")
    String back();

    @Message("The service refused this:")
    String refused();

    @Message("Suggested partner")
    String suggested();

    @Message("none: pick one")
    String no_suggestion();

    @Message("Declined by")
    String declined_by();

    @Message("Waiting since")
    String waiting_since();

    @Message("The queue is empty.")
    String queue_empty();

    @Message("Why this suggestion")
    String why_suggestion();

    @Message("Candidates")
    String candidates();

    @Message("{#if n == 1}1 more partner, further away or excluded, is not listed{#else}{n} more partners, further away or excluded, are not listed{/if}")
    String candidates_omitted(int n);

    @Message("Distance (km)")
    String distance();

    @Message("Customers / capacity")
    String load();

    @Message("Eligible")
    String eligible();

    @Message("yes")
    String yes();

    @Message("no")
    String no();

    @Message("Assign")
    String assign();

    @Message("Partner")
    String partner();

    @Message("Reason for choosing another partner than the suggestion")
    String override_reason();

    @Message("Required when you choose another partner than the suggestion.")
    String override_hint();

    @Message("Assigned to")
    String assigned_to();

    @Message("History")
    String history();

    @Message("Task")
    String task();

    @Message("Calls to make")
    String calls_title();

    @Message("No calls to make.")
    String no_calls();

    @Message("Due")
    String due();

    @Message("{#when o}{#is 'REACHED'}Reached{#is 'NO_ANSWER'}No answer{#is 'CALL_BACK'}Call back later{#else}{o}{/when}")
    String call_outcome(String o);

    @Message("Call back at")
    String call_back_at();

    @Message("Record outcome")
    String record_outcome();

    @Message("Earlier attempts")
    String attempts();

    @Message("Overdue tasks")
    String overdue_tasks();

    @Message("Declined tasks back in the queue")
    String declined_tasks();

    @Message("Nothing here.")
    String nothing();

    @Message("Partner registry")
    String partners_title();

    @Message("Add a partner")
    String add_partner();

    @Message("Edit partner")
    String edit_partner();

    @Message("Firm name")
    String firm_name();

    @Message("Contact name")
    String contact_name();

    @Message("Preferred language")
    String preferred_language();

    @Message("Street")
    String street();

    @Message("House number")
    String house_number();

    @Message("Postcode")
    String postcode();

    @Message("City")
    String city();

    @Message("Capacity (most active customers)")
    String capacity();

    @Message("Active")
    String active();

    @Message("Service area radius (km, empty: the default)")
    String radius();

    @Message("Service area")
    String service_area();

    @Message("Unavailable")
    String unavailability();

    @Message("From")
    String from();

    @Message("To")
    String to();

    @Message("Customers")
    String customers();

    @Message("Available today")
    String available_today();

    @Message("Fairness: customers and assignments per partner")
    String fairness_title();

    @Message("Load (customers + open assignments, % of capacity)")
    String load_percent();

    @Message("Assigned in the last 90 days")
    String assigned_90();

    @Message("My leads")
    String leads_title();

    @Message("No leads yet.")
    String no_leads();

    @Message("Company")
    String company();

    @Message("Next onboarding step")
    String next_step();

    @Message("Register a lead")
    String register_lead();

    @Message("KvK number (8 digits, optional)")
    String kvk();

    @Message("Source")
    String source();

    @Message("{#when s}{#is 'WEBSITE'}Website{#is 'PHONE'}Phone{#is 'EMAIL'}Email{#is 'EVENT'}Event{#is 'PARTNER_REFERRAL'}Referred by a partner{#is 'CAMPAIGN'}Campaign{#is 'EXISTING_CUSTOMER'}Existing customer{#is 'OTHER'}Other{#else}{s}{/when}")
    String source_name(String s);

    @Message("Register")
    String register();

    @Message("Interest in the total service")
    String interest();

    @Message("Interested")
    String interested();

    @Message("Not interested")
    String not_interested();

    @Message("Reason when not interested")
    String interest_reason();

    @Message("Record interest")
    String record_interest();

    @Message("Onboarding checklist")
    String checklist();

    @Message("Missing")
    String missing();

    @Message("Done")
    String done();

    @Message("{#when s}{#is 'DOMAIN'}4. The customer's domain{#is 'ORDER_CONFIRMATION'}5. Order confirmation{#is 'MANDATORY_DOCUMENTS'}6. Mandatory documents{#is 'START_SCHEDULED'}7. Start scheduled{#else}{s}{/when}")
    String step_name(String s);

    @Message("Domain identifier")
    String domain_identifier();

    @Message("Signed on")
    String signed_on();

    @Message("Document reference")
    String document_reference();

    @Message("Mark received")
    String mark_received();

    @Message("Approve")
    String approve();

    @Message("Start at")
    String start_at();

    @Message("Timeline")
    String timeline();

    @Message("Partner")
    String lead_partner();

    @Message("proposed")
    String proposed();

    @Message("confirmed")
    String confirmed();

    @Message("Interest: interested and not, by reason")
    String interest_title();

    @Message("Total")
    String total();
}
