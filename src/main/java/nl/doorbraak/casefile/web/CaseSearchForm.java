package nl.doorbraak.casefile.web;

/** The case search: the typed term and the page of results. Sent by POST only, so the term is never in a URL. */
public class CaseSearchForm {

    private String zoekterm;

    private int pagina;

    public String getZoekterm() {
        return zoekterm;
    }

    public void setZoekterm(String zoekterm) {
        this.zoekterm = zoekterm;
    }

    public int getPagina() {
        return pagina;
    }

    public void setPagina(int pagina) {
        this.pagina = Math.max(pagina, 0);
    }
}
