package io.hindsight.postmortem.workflow;

import io.hindsight.actionitem.FollowUpReport;
import io.hindsight.actionitem.FollowUpService;
import io.hindsight.actionitem.FollowUpSettings;
import io.hindsight.actionitem.PageLink;
import io.hindsight.platform.ForbiddenException;
import io.hindsight.platform.InvalidInputException;
import io.hindsight.platform.NotFoundException;
import io.hindsight.postmortem.PageReading;
import io.hindsight.postmortem.PostmortemComposer;
import io.hindsight.postmortem.PostmortemInput;
import io.hindsight.postmortem.PostmortemPage;
import io.hindsight.postmortem.PostmortemPageReader;
import io.hindsight.postmortem.PostmortemStatus;
import io.hindsight.postmortem.PostmortemStatusWriter;
import io.hindsight.postmortem.lint.BlameFinding;
import io.hindsight.postmortem.lint.BlamelessLint;
import io.hindsight.postmortem.storage.MalformedStorageException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The post-mortem journey on any host: generate the incident's one page, read it with its blameless-language
 * findings, save a person's edit, turn its action items into follow-up issues, and move it through Draft, In review
 * and Published, telling the incident each time.
 *
 * <p>Errors (as the REST layer maps them): 400 for a body that is not storage format; 403 when the user may see but not
 * create or change the page; 404 when the incident does not exist, the user may not see it, or it has no page yet;
 * 409 when the page changed since the version the caller names, or the incident can no longer take the status.
 */
public final class PostmortemWorkflow {

    /** Larger bodies are refused: a generated page is far smaller, and a page this size cannot be reviewed anyway. */
    public static final int MAX_BODY_CHARS = 2_000_000;

    private final IncidentPostmortems incidents;
    private final PostmortemPages pages;
    private final PagePermissions permissions;
    private final PostmortemComposer composer;
    private final FollowUpService followUps;
    private final Function<String, FollowUpSettings> settings;
    private final PostmortemPageReader reader = new PostmortemPageReader();
    private final PostmortemStatusWriter statusWriter = new PostmortemStatusWriter();

    /** {@code settings} gives where the follow-ups of an incident go, from the incident key. */
    public PostmortemWorkflow(IncidentPostmortems incidents, PostmortemPages pages, PagePermissions permissions,
                              PostmortemComposer composer, FollowUpService followUps,
                              Function<String, FollowUpSettings> settings) {
        this.incidents = Objects.requireNonNull(incidents, "incidents");
        this.pages = Objects.requireNonNull(pages, "pages");
        this.permissions = Objects.requireNonNull(permissions, "permissions");
        this.composer = Objects.requireNonNull(composer, "composer");
        this.followUps = Objects.requireNonNull(followUps, "followUps");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** A page and whether this call created it ({@code false}: the incident's existing page, offered instead). */
    public record Generated(StoredPage page, boolean created) {
    }

    /** A page as a reader sees it: the stored page, the status it shows, and the blame-in-disguise findings. */
    public record PostmortemView(StoredPage page, PostmortemStatus status, List<BlameFinding> findings) {

        public PostmortemView {
            findings = List.copyOf(findings);
        }
    }

    /**
     * Generates the incident's post-mortem page in Draft, or answers the one it has; the incident records it.
     * Errors: 403 when the user may not create the page; 404 when the incident is not visible, or its page exists but
     * the user may not see it.
     */
    public Generated generate(String incidentKey) {
        incidents.requireVisible(incidentKey);
        if (!permissions.canCreateFor(incidentKey)) {
            throw new ForbiddenException("You may not create the post-mortem of " + incidentKey + ".");
        }
        Optional<StoredPage> existing = pages.findByIncident(incidentKey);
        if (existing.isPresent()) {
            // One page per incident: a page the user may not see (a restricted page) is neither shown nor doubled.
            if (!permissions.canView(existing.get())) {
                throw new NotFoundException("The post-mortem of " + incidentKey + " exists, but you may not see it.");
            }
            return new Generated(existing.get(), false);
        }
        PostmortemInput input = incidents.source(incidentKey);
        PostmortemPage composed = composer.compose(input);
        StoredPage page = pages.create(incidentKey, composed.title(), composed.body());
        // The host answers a concurrent request's page instead of making a second; that one is not ours.
        boolean created = page.version() == 1 && page.body().equals(composed.body());
        incidents.recordStatus(incidentKey, page.url(), readStatus(page).orElse(PostmortemStatus.DRAFT));
        return new Generated(page, created);
    }

    /** The incident's page. Errors: 404 when the incident or its page is not visible, or there is no page yet. */
    public PostmortemView view(String incidentKey) {
        StoredPage page = visiblePage(incidentKey);
        PageReading reading = reader.read(page.body(), List.of());
        List<BlameFinding> findings = new BlamelessLint().checkStorage(page.body()).findings();
        return new PostmortemView(page, reading.status(), findings);
    }

    /**
     * Saves a person's edit of the page over {@code expectedVersion}; a status retyped on the page reaches the
     * incident. Errors: 400 for a body that is not storage format; 403 when the user may not edit the page; 404 as
     * for {@link #view}; 409 when the page is no longer at {@code expectedVersion}.
     */
    public StoredPage edit(String incidentKey, int expectedVersion, String body) {
        StoredPage page = editablePage(incidentKey);
        Optional<PostmortemStatus> before = readStatus(page);
        String checked = checkedBody(body);
        StoredPage saved = pages.save(page.id(), expectedVersion, checked);
        Optional<PostmortemStatus> after = readStatus(saved);
        if (after.isPresent() && !after.equals(before)) {
            incidents.recordStatus(incidentKey, saved.url(), after.get());
        }
        return saved;
    }

    /**
     * Creates the missing follow-up issues of the page's action items and names them on the page; running it again
     * creates nothing twice. Errors: 403 when the user may not edit the page; 404 as for {@link #view}; 409 when the
     * page changed while the issues were being created (they are kept, and the next run names them).
     */
    public FollowUpReport createFollowUps(String incidentKey) {
        StoredPage page = editablePage(incidentKey);
        FollowUpReport report = followUps.createFollowUps(page.body(), incidentKey, settings.apply(incidentKey),
                new PageLink(page.url(), page.title(), "hindsight-postmortem-page=" + page.id()));
        if (report.pageChanged()) {
            pages.save(page.id(), page.version(), report.pageBody());
        }
        return report;
    }

    /**
     * Moves the page to {@code status}: its lozenge is rewritten and the incident records the status (publishing lets
     * a SEV-1 or SEV-2 incident close). The same status again changes nothing on the page and tells the incident
     * again, which completes a call that stopped half-way. Errors: 403 when the user may not edit the page or the
     * incident; 404 as for {@link #view}; 409 when the page changed meanwhile, or the incident can no longer take it.
     */
    public StoredPage changeStatus(String incidentKey, PostmortemStatus status) {
        Objects.requireNonNull(status, "status");
        StoredPage page = editablePage(incidentKey);
        String body = statusWriter.withStatus(page.body(), status);
        StoredPage saved = body.equals(page.body()) ? page : pages.save(page.id(), page.version(), body);
        incidents.recordStatus(incidentKey, saved.url(), status);
        return saved;
    }

    private StoredPage visiblePage(String incidentKey) {
        incidents.requireVisible(incidentKey);
        return pages.findByIncident(incidentKey).filter(permissions::canView)
                .orElseThrow(() -> new NotFoundException(incidentKey + " has no post-mortem page yet, or you may not"
                        + " see it."));
    }

    private StoredPage editablePage(String incidentKey) {
        StoredPage page = visiblePage(incidentKey);
        if (!permissions.canEdit(page)) {
            throw new ForbiddenException("You may view the post-mortem of " + incidentKey + " but not change it.");
        }
        return page;
    }

    private Optional<PostmortemStatus> readStatus(StoredPage page) {
        return reader.read(page.body(), List.of()).statusIfFound();
    }

    private String checkedBody(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidInputException("body", "The page body is storage format and cannot be empty.");
        }
        if (body.length() > MAX_BODY_CHARS) {
            throw new InvalidInputException("body", "The page body is at most " + MAX_BODY_CHARS + " characters.");
        }
        try {
            reader.read(body, List.of());
        } catch (MalformedStorageException malformed) {
            throw new InvalidInputException("body", "The page body is not well-formed storage format: "
                    + malformed.getMessage());
        }
        return body;
    }
}
