import { createApp } from "vue";
import {
  ActionSheet, Button, Cell, CellGroup, Empty, Field, Form, NavBar, Picker, Popup, Rate, Step,
  Steps, Tab, Tabbar, TabbarItem, Tabs, Tag, Uploader, Badge, Loading, Radio, RadioGroup, Switch,
} from "vant";
import "vant/lib/index.css";
import "./theme.css";
import App from "./App.vue";
import { router } from "./router";

const app = createApp(App).use(router);
for (const part of [ActionSheet, Button, Cell, CellGroup, Empty, Field, Form, NavBar, Picker, Popup,
  Rate, Step, Steps, Tab, Tabbar, TabbarItem, Tabs, Tag, Uploader, Badge, Loading, Radio, RadioGroup,
  Switch]) app.use(part);
app.mount("#app");
