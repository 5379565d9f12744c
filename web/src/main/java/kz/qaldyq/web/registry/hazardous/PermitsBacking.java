package kz.qaldyq.web.registry.hazardous;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kz.qaldyq.platform.BusinessException;
import kz.qaldyq.registry.hazardous.Permit;
import kz.qaldyq.registry.hazardous.PermitInput;
import kz.qaldyq.registry.hazardous.PermitService;
import kz.qaldyq.web.CurrentUserBacking;
import kz.qaldyq.web.Messages;

/** hazardous/permits.xhtml: the licence and notification registers; the ministry and the administrator add entries. */
@Named("hazardousPermits")
@ViewScoped
public class PermitsBacking implements Serializable {

    @Inject
    private PermitService permits;
    @Inject
    private CurrentUserBacking currentUser;

    private List<Permit> list = List.of();
    private Permit.Kind kind = Permit.Kind.LICENCE;
    private String holderBin;
    private String number;
    private List<String> operations = new ArrayList<>();
    private String codes;
    private LocalDate validFrom;
    private LocalDate validTo;
    private Permit.Status status = Permit.Status.ACTIVE;
    private String issuedBy;

    @PostConstruct
    void init() {
        list = permits.list(null);
    }

    public void create() {
        try {
            Set<Permit.Operation> ops = EnumSet.noneOf(Permit.Operation.class);
            operations.forEach(o -> ops.add(Permit.Operation.valueOf(o)));
            Set<String> wasteCodes = new LinkedHashSet<>();
            if (codes != null) {
                Arrays.stream(codes.split("[,;]")).map(String::strip).filter(s -> !s.isEmpty()).forEach(wasteCodes::add);
            }
            permits.create(new PermitInput(kind, holderBin, number, ops, wasteCodes, validFrom, validTo, status, issuedBy));
            list = permits.list(null);
            number = null;
            Messages.done("hazardous.permit.created");
        } catch (BusinessException e) {
            Messages.error(null, e);
        }
    }

    public boolean isKeeper() {
        return currentUser.is("ministry") || currentUser.is("admin");
    }

    public String codesOf(Permit p) {
        return String.join(", ", new java.util.TreeSet<>(p.getWasteCodes()));
    }

    public String operationsOf(Permit p) {
        return String.join(", ", p.getOperations().stream().sorted().map(o -> Messages.text("report.detail.category." + o.name())).toList());
    }

    public Permit.Kind[] getKinds() {
        return Permit.Kind.values();
    }

    public Permit.Operation[] getAllOperations() {
        return Permit.Operation.values();
    }

    public Permit.Status[] getStatuses() {
        return Permit.Status.values();
    }

    public List<Permit> getList() {
        return list;
    }

    public Permit.Kind getKind() {
        return kind;
    }

    public void setKind(Permit.Kind kind) {
        this.kind = kind;
    }

    public String getHolderBin() {
        return holderBin;
    }

    public void setHolderBin(String holderBin) {
        this.holderBin = holderBin;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public List<String> getOperations() {
        return operations;
    }

    public void setOperations(List<String> operations) {
        this.operations = operations == null ? new ArrayList<>() : new ArrayList<>(operations);
    }

    public String getCodes() {
        return codes;
    }

    public void setCodes(String codes) {
        this.codes = codes;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }

    public Permit.Status getStatus() {
        return status;
    }

    public void setStatus(Permit.Status status) {
        this.status = status;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public void setIssuedBy(String issuedBy) {
        this.issuedBy = issuedBy;
    }
}
