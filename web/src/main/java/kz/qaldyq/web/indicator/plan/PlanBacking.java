package kz.qaldyq.web.indicator.plan;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import kz.qaldyq.indicator.plan.ActionPlanService;
import kz.qaldyq.indicator.plan.ChainStep;
import kz.qaldyq.indicator.plan.PlanCalendar;
import kz.qaldyq.indicator.plan.PlanChainStep;
import kz.qaldyq.indicator.plan.PlanDirection;
import kz.qaldyq.indicator.plan.PlanRow;
import kz.qaldyq.platform.BusinessException;
import kz.qaldyq.web.CurrentUserBacking;
import kz.qaldyq.web.Messages;

/**
 * plan/plan.xhtml ({@code ?year=}): the Action Plan's rows for a reporting year, grouped by direction, with status,
 * overdue marks and, for the akimat rows, how many regions reported (ministry) or the region's own report (akimat);
 * the annual chain below, where the ministry records steps 2 and 3.
 */
@Named
@ViewScoped
public class PlanBacking implements Serializable {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** The rows of one direction. */
    public record Group(PlanDirection direction, List<PlanRow> rows) implements Serializable {
    }

    @Inject
    private ActionPlanService plan;
    @Inject
    private CurrentUserBacking currentUser;

    private Integer year;
    private List<Group> groups = List.of();
    private List<ChainStep> chain = List.of();
    private Integer step;
    private LocalDate doneOn;
    private String letterNumber;
    private String note;

    /** f:viewAction: the year asked for, else the current year within the Concept's period. */
    public void load() {
        if (year == null || !PlanCalendar.inPeriod(year)) {
            year = defaultYear();
        }
        LocalDate today = ActionPlanService.today();
        Map<String, Group> byDirection = new LinkedHashMap<>();
        for (PlanRow row : plan.plan(year, today)) {
            byDirection.computeIfAbsent(row.item().getDirection().getCode(),
                    code -> new Group(row.item().getDirection(), new ArrayList<>())).rows().add(row);
        }
        groups = List.copyOf(byDirection.values());
        chain = plan.chain(year, today);
        step = chain.stream().filter(s -> s.step() > 1 && !s.done()).map(ChainStep::step).findFirst().orElse(null);
    }

    static int defaultYear() {
        return Math.max(PlanCalendar.FIRST_YEAR, Math.min(PlanCalendar.LAST_YEAR, ActionPlanService.today().getYear()));
    }

    public String recordStep() {
        try {
            plan.recordChainStep(year, step == null ? 0 : step, doneOn, letterNumber, note);
            Messages.info("plan.chain.saved");
            return "/plan/plan?faces-redirect=true&year=" + year;
        } catch (BusinessException e) {
            Messages.error(null, e);
            return null;
        }
    }

    public boolean isChainRecordable() {
        return currentUser.is("ministry") && step != null;
    }

    /** The steps still to be recorded, for the ministry's choice. */
    public List<Integer> getOpenSteps() {
        return chain.stream().filter(s -> s.step() > 1 && !s.done()).map(ChainStep::step).toList();
    }

    public boolean isNational() {
        return currentUser.is("ministry") || currentUser.is("admin");
    }

    public List<Integer> getYears() {
        return IntStream.rangeClosed(PlanCalendar.FIRST_YEAR, PlanCalendar.LAST_YEAR).boxed().toList();
    }

    public String date(LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }

    public List<Group> getGroups() {
        return groups;
    }

    public List<ChainStep> getChain() {
        return chain;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Integer getStep() {
        return step;
    }

    public void setStep(Integer step) {
        this.step = step;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public void setDoneOn(LocalDate doneOn) {
        this.doneOn = doneOn;
    }

    public String getLetterNumber() {
        return letterNumber;
    }

    public void setLetterNumber(String letterNumber) {
        this.letterNumber = letterNumber;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public int getToEconomy() {
        return PlanChainStep.TO_ECONOMY;
    }
}
