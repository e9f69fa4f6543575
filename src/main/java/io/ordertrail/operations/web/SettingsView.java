package io.ordertrail.operations.web;

import io.ordertrail.operations.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The admin's read-only page of the settings in force. */
@Named
@ViewScoped
public class SettingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Settings settings;

    private List<Settings.CurrentSetting> current;
    private List<Settings.CurrentSetting> filtered;

    @PostConstruct
    public void refresh() {
        current = settings.current();
    }

    public List<Settings.CurrentSetting> getCurrent() {
        return current;
    }

    public List<Settings.CurrentSetting> getFiltered() {
        return filtered;
    }

    public void setFiltered(List<Settings.CurrentSetting> filtered) {
        this.filtered = filtered;
    }
}
